// queue.Queue puts and gets in the VM's event stream: each op with its item,
// qsize() after it and its place among the queue's puts or gets, so the page
// can draw the queue's contents and the put → get arrows.

import { describe, expect, it } from 'vitest';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';
import type { VmEvent } from './events';
import { VmTrace } from '../../trace/vm-trace';
import { EventKind } from '../../runtime/events';

const BAKERY = `import queue, threading, time
q = queue.Queue(2)
def baker():
    for i in range(6):
        q.put(f'bread {i}')
        time.sleep(0.1)
def buyer():
    for _ in range(6):
        print('bought', q.get())
        time.sleep(0.3)
b = threading.Thread(target=baker)
c = threading.Thread(target=buyer)
b.start(); c.start(); b.join(); c.join()
s = queue.SimpleQueue()
s.put([1, 2])
print(s.get())
`;

type QueueOp = Extract<VmEvent, { kind: 'queue-op' }>;

function run(source: string): { ops: QueueOp[]; events: VmEvent[]; stdout: string } {
  const events: VmEvent[] = [];
  const r = runProgram({ source, path: 'main.py', lib: libLoader(), events: { emit: (e) => void events.push(e) } });
  expect(r.status).toBe(0);
  return { ops: events.filter((e): e is QueueOp => e.kind === 'queue-op'), events, stdout: r.stdout };
}

describe('queue events', () => {
  it('every put and get of a bounded queue, in FIFO order, with the size after it', () => {
    const { ops, stdout } = run(BAKERY);
    const q = ops.filter((o) => o.item.startsWith("'bread"));
    const puts = q.filter((o) => o.op === 'put');
    const gets = q.filter((o) => o.op === 'get');
    expect(puts.map((o) => o.item)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `'bread ${i}'`));
    // What the buyer printed is what the get events say it took, in that order.
    const bought = stdout.split('\n').filter((l) => l.startsWith('bought ')).map((l) => `'${l.slice(7)}'`);
    expect(gets.map((o) => o.item)).toEqual(bought);
    expect(puts.map((o) => o.serial)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gets.map((o) => o.serial)).toEqual([0, 1, 2, 3, 4, 5]);
    // qsize() after each op follows from the ops before it, and never passes maxsize.
    let size = 0;
    for (const o of q) {
      size += o.op === 'put' ? 1 : -1;
      expect(o.size).toBe(size);
      expect(size).toBeGreaterThanOrEqual(0);
      expect(size).toBeLessThanOrEqual(2);
    }
    expect(new Set(q.map((o) => o.queue)).size).toBe(1);
    const simple = ops.filter((o) => o.item === '[1, 2]');
    expect(simple.map((o) => [o.op, o.size])).toEqual([['put', 1], ['get', 0]]);
    expect(simple[0]?.queue).not.toBe(q[0]?.queue);
  });

  it('the page trace names the queue by its global and pairs each get with its put', () => {
    const { events } = run(BAKERY);
    const vm = new VmTrace('main.py');
    const page = vm.apply(events);
    const qi = vm.facts.queueNames.indexOf('q');
    expect(qi).toBeGreaterThanOrEqual(0);
    expect(vm.facts.queueNames).toContain('s');
    const puts = page.filter((e) => e.kind === EventKind.QueuePut && e.a % 1024 === qi);
    const gets = page.filter((e) => e.kind === EventKind.QueueGet && e.a % 1024 === qi);
    expect(puts).toHaveLength(6);
    expect(gets.map((e) => e.text)).toEqual(puts.map((e) => e.text));
  });

  it('a multiprocessing.Queue: the parent\'s puts and the child\'s gets, on one queue named by its global', () => {
    const source = `import multiprocessing, os
def reader(q):
    for _ in range(3):
        print('child got', q.get())
if __name__ == '__main__':
    mq = multiprocessing.Queue()
    p = multiprocessing.Process(target=reader, args=(mq,))
    p.start()
    for i in range(3):
        mq.put({'n': i})
    p.join()
`;
    const { ops, events, stdout } = run(source);
    expect(ops.filter((o) => o.op === 'put').map((o) => o.item)).toEqual(["{'n': 0}", "{'n': 1}", "{'n': 2}"]);
    const gets = ops.filter((o) => o.op === 'get');
    expect(gets.map((o) => o.item)).toEqual(stdout.trimEnd().split('\n').map((l) => l.replace('child got ', '')));
    // The gets happen in the child process, the puts in the parent.
    expect(new Set(gets.map((o) => o.pid)).size).toBe(1);
    expect(gets[0]?.pid).not.toBe(ops.find((o) => o.op === 'put')?.pid);
    const vm = new VmTrace('main.py');
    vm.apply(events);
    expect(vm.facts.queueNames).toContain('mq');
  });

  it('costs nothing when nobody watches: no events, same output', () => {
    const r = runProgram({ source: BAKERY, path: 'main.py', lib: libLoader() });
    expect(r.stdout).toBe(run(BAKERY).stdout);
  });
});
