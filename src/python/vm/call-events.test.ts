// The library's calls into the script (a thread's target, a pool's task) in
// the VM's event stream: what a pool lesson's task view is drawn from, with
// no hook in the program. Calls inside the script and dunders the language
// makes are not reported.

import { describe, expect, it } from 'vitest';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';
import type { VmEvent } from './events';
import { VmTrace } from '../../trace/vm-trace';
import { EventKind } from '../../runtime/events';

const PROGRAM = `import threading
from concurrent.futures import ThreadPoolExecutor
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
def helper(x):
    return x * 2
def work(x):
    if x == 3:
        raise ValueError(x)
    return helper(x)
t = threading.Thread(target=work, args=(1,))
t.start(); t.join()
print(sorted([K(2), K(1)])[0].v)
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(work, i) for i in (2, 3)]
print(fs[0].result(), type(fs[1].exception()).__name__)
`;

type Call = Extract<VmEvent, { kind: 'call' }>;
type Ret = Extract<VmEvent, { kind: 'return' }>;

function run(source: string): VmEvent[] {
  const events: VmEvent[] = [];
  const r = runProgram({ source, path: 'main.py', lib: libLoader(), events: { emit: (e) => void events.push(e) } });
  expect(r.stdout).toBe('1\n4 ValueError\n');
  expect(r.status).toBe(0);
  return events;
}

describe('call events', () => {
  it('a thread target and each pool task, with their arguments and what they returned or raised', () => {
    const events = run(PROGRAM);
    const calls = events.filter((e): e is Call => e.kind === 'call');
    expect(calls.map((c) => `${c.fn}${c.args}`)).toEqual(['work(1,)', 'work(2,)', 'work(3,)']);
    const rets = new Map(events.filter((e): e is Ret => e.kind === 'return').map((r) => [r.call, r]));
    expect(calls.map((c) => rets.get(c.call)?.value)).toEqual(['2', '4', 'ValueError']);
    expect(calls.map((c) => rets.get(c.call)?.raised)).toEqual([false, false, true]);
    // helper() is called by the script itself, __init__/__lt__ by the language: neither is a callback.
    expect(calls.some((c) => c.fn === 'helper' || c.fn.includes('__'))).toBe(false);
  });

  it('VmTrace keeps them as facts and marks the calls a lesson calls tasks', () => {
    const vt = new VmTrace('main.py', [], (c) => (c.fn === 'work' && c.args !== '(1,)' ? Number(/\d+/.exec(c.args)?.[0]) : null));
    const out = vt.apply(run(PROGRAM));
    expect(vt.facts.calls.map((c) => [c.fn, c.args, c.value, c.raised, c.end >= c.start])).toEqual([
      ['work', '(1,)', '2', false, true],
      ['work', '(2,)', '4', false, true],
      ['work', '(3,)', 'ValueError', true, true],
    ]);
    const marks = out.filter((e) => e.kind === EventKind.Mark).map((e) => `${e.text} ${e.a}`);
    expect(marks.sort()).toEqual(['task-end 2', 'task-end 3', 'task-start 2', 'task-start 3']);
  });
});
