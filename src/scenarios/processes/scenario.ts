/**
 * Processes (多进程): dance and song in their own processes, each printing its
 * own pid. The program is the tutorial's Python (source.ts), run on the VM;
 * the outcome reads the VM's processes and what each printed (analysis.ts).
 */
import { processesIntro } from './intro';
import type { ScenarioDef } from '../scenario';
import { num } from '../param-values';
import { processesOutcome } from './analysis';
import { processesSource, rebindCount } from './source';

export const processesScenario: ScenarioDef = {
  id: 'processes',
  title: { zh: '多进程：各有自己的 pid', en: 'Processes: each with its own pid' },
  section: '多进程',
  intro: (p) => processesIntro(p),
  defaultSpeed: 0.5,
  messageRuntime: true,
  params: [
    { key: 'dance', kind: 'int', min: 1, max: 200, default: 20, label: { zh: '跳舞打印次数', en: 'dance prints' } },
    { key: 'song', kind: 'int', min: 1, max: 200, default: 50, label: { zh: '唱歌打印次数', en: 'song prints' } },
  ],

  source(p, lang) {
    return { code: processesSource({ dance: num(p, 'dance', 20), song: num(p, 'song', 50), lang }), struck: [] };
  },

  vm: {
    outcome: (f, status, _p, trace) => processesOutcome(f, status, trace),
    rebinds: ['dance', 'song'],
    rebind: (code, key, value) => ((key === 'dance' || key === 'song') && typeof value === 'number' ? rebindCount(code, key, value) : null),
  },

  // The lanes before a run: the main process's MainThread, then each child's
  // (a child's lane is named for its process); pids come from the VM as it runs.
  runSpec(p) {
    return {
      scenario: 'processes',
      params: p,
      threads: [
        { name: 'MainThread', target: 'main', process: 0, pid: 0 },
        { name: 'Process-1', target: 'dance', process: 1, pid: 0 },
        { name: 'Process-2', target: 'song', process: 2, pid: 0 },
      ],
      globalNames: [],
      globalsByProcess: [[], [], []],
      lockNames: [],
    };
  },

  outcome: () => ({ data: {}, figures: [], verdict: { zh: '', en: '' }, tone: 'neutral' }),
};
