/** Prints the bounded-queue lesson's Python for `variant(lab|seed|fixed) maxsize produce consume lang` (for scripts/gen-bounded-queue-expect.py). */
import { boundedQueueSource } from '../src/scenarios/bounded-queue/source';
import { variantOf } from '../src/scenarios/bounded-queue/lesson';

const [variant = 'lab', maxsize = '5', produce = '0', consume = '0', lang = 'en'] = process.argv.slice(2);
process.stdout.write(boundedQueueSource({ variant: variantOf(variant), maxsize: Number(maxsize), produce: Number(produce), consume: Number(consume), lang: lang === 'zh' ? 'zh' : 'en' }));
