/** Prints the sing/dance lesson's Python for `threads iterations sleep lang` (for scripts/gen-sing-dance-expect.py). */
import { singDanceSource } from '../src/scenarios/sing-dance/source';

const [threads = '2', iterations = '50', sleep = '0.1', lang = 'zh'] = process.argv.slice(2);
process.stdout.write(singDanceSource({ threads: Number(threads), iterations: Number(iterations), sleep: Number(sleep), lang: lang === 'en' ? 'en' : 'zh' }));
