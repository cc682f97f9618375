/** Prints a pool lesson's Python: `<scenario id> '<params json>' <lang>` (for scripts/gen-pools-expect.py). */
import { threadPoolScenario } from '../src/scenarios/thread-pool/scenario';
import { poolScenario } from '../src/scenarios/pool/scenario';
import { processPoolScenario } from '../src/scenarios/process-pool/scenario';
import { paramDefaults, type ScenarioDef } from '../src/scenarios/scenario';

const defs: Record<string, ScenarioDef> = { 'thread-pool': threadPoolScenario, pool: poolScenario, 'process-pool': processPoolScenario };
const [id = 'thread-pool', params = '{}', lang = 'en'] = process.argv.slice(2);
const def = defs[id];
if (!def) throw new Error(`no scenario ${id}`);
process.stdout.write(def.source({ ...paramDefaults(def), ...(JSON.parse(params) as Record<string, string | number | boolean>) }, lang === 'zh' ? 'zh' : 'en').code);
