/** Prints the GIL lesson's Python for `work(cpu|io) workers limit requests latency freethreaded(0|1) lang` (for scripts/gen-gil-expect.py). */
import { gilSource } from '../src/scenarios/gil/source';

const [work = 'cpu', workers = '4', limit = '30000', requests = '8', latency = '0.2', free = '0', lang = 'en'] = process.argv.slice(2);
const o = { work: work === 'io' ? ('io' as const) : ('cpu' as const), workers: Number(workers), limit: Number(limit), requests: Number(requests), latency: Number(latency), freethreaded: free === '1' };
process.stdout.write(gilSource(o, lang === 'zh' ? 'zh' : 'en') + '\n');
