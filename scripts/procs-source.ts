/** Prints a process lesson's Python: `procs-source.ts <scenario id> <lang> '<params json>'` (for scripts/gen-procs-expect.py). */
import { processesScenario } from '../src/scenarios/processes/scenario';
import { globalsScenario } from '../src/scenarios/globals/scenario';
import { processQueueScenario } from '../src/scenarios/process-queue/scenario';
import { paramDefaults, type ScenarioDef } from '../src/scenarios/scenario';
import type { ParamValues } from '../src/scenarios/types';

const defs: Record<string, ScenarioDef> = { processes: processesScenario, globals: globalsScenario, 'process-queue': processQueueScenario };
const [id = 'processes', lang = 'zh', params = '{}'] = process.argv.slice(2);
const def = defs[id];
if (!def) throw new Error(`no process lesson ${id}`);
const p = { ...paramDefaults(def), ...(JSON.parse(params) as ParamValues) };
process.stdout.write(def.source(p, lang === 'en' ? 'en' : 'zh').code);
