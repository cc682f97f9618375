/** Prints the bakery lesson's Python for a JSON shape `{"count":10,…}` and a language (for scripts/gen-bakery-expect.py). */
import { type BakeryShape, bakerySource } from '../src/scenarios/bakery/source';

const [shape = '{}', lang = 'zh'] = process.argv.slice(2);
const s: BakeryShape = { count: 10, producers: 1, consumers: 1, produce: 0.5, consume: 0.3, maxsize: 0, ...(JSON.parse(shape) as Partial<BakeryShape>) };
process.stdout.write(bakerySource(s, lang === 'en' ? 'en' : 'zh'));
