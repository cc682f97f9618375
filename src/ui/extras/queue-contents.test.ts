/** The queue view's contents and waiters from a VM run's model alone (no queue views are sent). */
import { describe, expect, it } from 'vitest';
import { libLoader } from '../../python/vm/conformance-runner.node';
import type { VmEvent } from '../../python/vm/events';
import { runVm } from '../../workers/python-vm-run';
import { VmTrace } from '../../trace/vm-trace';
import { applyEvents, emptyTrace } from '../../trace/model';
import { itemsFromOps, waitCall } from './queue-contents';

function model(code: string) {
  const events: VmEvent[] = [];
  runVm({ source: code, path: 'main.py', speed: Infinity }, libLoader(), (b) => events.push(...b));
  const vt = new VmTrace('main.py', []);
  const m = emptyTrace([]);
  applyEvents(m, vt.apply(events));
  m.queueNames = vt.facts.queueNames;
  return m;
}

const PROGRAM = `import threading, queue
q = queue.Queue(2)
def fill():
    for x in ['a', 'b', 'c']:
        q.put(x)
def take():
    q.get()
    q.get(timeout=5)
t = threading.Thread(target=take, name='t')
f = threading.Thread(target=fill, name='f')
t.start()
f.start()
`;

describe('a queue read from its ops', () => {
  it('holds what was put and not yet got, oldest first; a blocked put or get is named', () => {
    // t takes 'a' and 'b', f fills 'c' and ends: one item left, nobody waits.
    const done = model(PROGRAM);
    expect(itemsFromOps(done, 0)).toEqual(["'c'"]);
    expect(done.lanes.every((l) => waitCall(done, l) === null)).toBe(true);
    // Without the taker the filler blocks on the third put, the queue full with 'a' and 'b'.
    const stuck = model(PROGRAM.replace('t.start()\n', ''));
    expect(itemsFromOps(stuck, 0)).toEqual(["'a'", "'b'"]);
    const f = stuck.lanes.find((l) => l.name === 'f');
    expect(f && waitCall(stuck, f)).toBe('put');
    // A taker with nothing to take waits in get().
    const hungry = model(PROGRAM.replace('f.start()\n', ''));
    const t = hungry.lanes.find((l) => l.name === 't');
    expect(itemsFromOps(hungry, 0)).toEqual([]);
    expect(t && waitCall(hungry, t)).toBe('get');
  });
});
