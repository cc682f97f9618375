import { describe, expect, it } from 'vitest';
import { ThreadState } from '../../runtime/events';
import type { TraceModel } from '../../trace/model';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { consumerShare } from './lines';
import { queueBlockedSeconds } from './queue-figures';
import { bakeryScenario, bakeryThreads } from './scenario';
import { bakerySource } from './source';

function queueWaits(trace: TraceModel, name: string): number {
  const lane = trace.lanes.find((l) => l.name === name);
  return lane?.spans.filter((s) => s.state === ThreadState.WaitingQueue && s.end - s.start > 0).length ?? 0;
}

describe('bakery', () => {
  it('names the threads p1…, c1… and shares the breads out exactly', () => {
    expect(bakeryThreads({ producers: 2, consumers: 3 }).map((t) => t.name)).toEqual(['p1', 'p2', 'c1', 'c2', 'c3']);
    expect([0, 1, 2].map((k) => consumerShare(k, 3, 10))).toEqual([4, 3, 3]);
    const code = bakerySource({ count: 10, producers: 1, consumers: 1, produce: 0.5, consume: 0.3, maxsize: 0 }, 'zh').split('\n');
    expect(code[6]).toBe("        print('生产了面包 ',i)");
    expect(code[15]).toBe("        print(f'买到了面包 {q.get()}')");
    expect(code[18]).toBe('q=queue.Queue()');
  });
});

/** Each program runs on both runtimes: shared memory (the default) and message passing. */
const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('bakery (%s runtime)', (_runtime, makeRun) => {
  it('the tutorial as written: 10 made, 10 bought, FIFO, and c1 blocks on the empty queue', async () => {
    const r = await runScenario(bakeryScenario, {}, 20, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data.produced).toBe('10');
    expect(r.outcome.data.consumed).toBe('10');
    expect(r.outcome.data.fifo).toBe('true');
    const made = r.trace.console.filter((c) => c.text.startsWith('生产了面包'));
    const bought = r.trace.console.filter((c) => c.text.startsWith('买到了面包'));
    expect(made.map((c) => c.text)).toEqual(Array.from({ length: 10 }, (_, i) => `生产了面包  ${i}`));
    expect(bought.map((c) => c.text)).toEqual(Array.from({ length: 10 }, (_, i) => `买到了面包 break${i}`));
    // The consumer sleeps 0.3 s, the producer 0.5 s: c1 waits in get() on an empty queue.
    expect(queueWaits(r.trace, 'c1')).toBeGreaterThan(0);
    expect(Number(r.outcome.data['consumer-blocked'])).toBeGreaterThan(0.5);
    // Unbounded: put never blocks.
    expect(queueWaits(r.trace, 'p1')).toBe(0);
    expect(r.outcome.tone).toBe('good');
  });

  it('a full queue (maxsize 1) blocks a fast producer', async () => {
    const r = await runScenario(bakeryScenario, { maxsize: 1, produce: 0.05, consume: 0.3, count: 6 }, 10, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data.produced).toBe('6');
    expect(r.outcome.data.consumed).toBe('6');
    expect(r.outcome.data.fifo).toBe('true');
    expect(queueWaits(r.trace, 'p1')).toBeGreaterThan(0);
    expect(queueBlockedSeconds(r.trace, [0])).toBeGreaterThan(0.3);
    // The queue never held more than maxsize.
    expect(Math.max(...r.trace.queueOps.map((o) => o.size))).toBeLessThanOrEqual(1);
  });

  it('several producers and consumers move every bread exactly once', async () => {
    const r = await runScenario(bakeryScenario, { producers: 3, consumers: 2, count: 40, produce: 0.05, consume: 0.03, maxsize: 2 }, 10, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.outcome.data.produced).toBe('40');
    expect(r.outcome.data.consumed).toBe('40');
    expect(r.outcome.data.duplicated).toBe('0');
    expect(r.outcome.data.lost).toBe('0');
    // Ordered by the queue's own serials, the gets are the puts: FIFO holds even when threads race.
    expect(r.outcome.data.fifo).toBe('true');
    const bought = r.trace.console.filter((c) => c.text.startsWith('买到了面包')).map((c) => c.text.slice('买到了面包 '.length));
    expect(new Set(bought).size).toBe(40);
    expect([...bought].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `break${i}`).sort());
    // Each consumer bought its share.
    for (const [name, share] of [['c1', 20], ['c2', 20]] as const) {
      const lane = r.trace.lanes.find((l) => l.name === name);
      expect(r.trace.console.filter((c) => c.worker === lane?.worker)).toHaveLength(share);
    }
  });
});
