/**
 * The test-only workload (program.ts) as a ScenarioDef, not registered: its
 * threads `A`, `B`… sleep and print side by side; the outcome says when the
 * last one ended (`elapsed`), for the runtimes' tests.
 */
import { num } from '../param-values';
import type { ScenarioDef } from '../scenario';

const SOURCE = 'def sleep_print():\n    for i in range(iterations):\n        time.sleep(sleep)\n        print(threading.current_thread().name)\n';

export const workloadScenario: ScenarioDef = {
  id: 'workload',
  title: { zh: '测试负载', en: 'Test workload' },
  section: '',
  defaultSpeed: 1,
  messageRuntime: true,
  params: [
    { key: 'threads', kind: 'int', min: 1, max: 8, default: 2, label: { zh: '线程数', en: 'Threads' } },
    { key: 'iterations', kind: 'int', min: 1, max: 200, default: 10, label: { zh: '次数', en: 'Iterations' } },
    { key: 'sleep', kind: 'number', min: 0.001, max: 2, step: 0.001, default: 0.1, label: { zh: '睡眠', en: 'Sleep' } },
  ],
  source: () => ({ code: SOURCE, struck: [] }),
  runSpec(p) {
    const names = Array.from({ length: num(p, 'threads', 2) }, (_, i) => String.fromCharCode(65 + i));
    return {
      scenario: 'workload',
      params: p,
      threads: names.map((name) => ({ name, target: 'sleep_print', process: 0, pid: 4242 })),
      globalNames: [],
      globalsByProcess: [[]],
      lockNames: [],
    };
  },
  outcome(trace) {
    let elapsed = 0;
    for (const lane of trace.lanes) {
      const last = lane.spans.at(-1);
      if (last && Number.isFinite(last.end)) elapsed = Math.max(elapsed, last.end);
    }
    return { tone: 'neutral', verdict: { zh: '', en: '' }, data: { elapsed: elapsed.toFixed(3) }, figures: [] };
  },
};
