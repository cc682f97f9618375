import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { transfers } from './copies';
import { processQueueScenario } from './scenario';

/** Each program runs on both runtimes: shared memory (the default) and message passing. */
const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('process queue (%s runtime)', (_runtime, makeRun) => {
  it('10 items cross from Process-1 to Process-2 in order, each as a copy with a new id', async () => {
    const r = await runScenario(processQueueScenario, {}, 20, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.lanes.map((l) => l.name)).toEqual(['Process-1', 'Process-2']);
    const [pp, cp] = r.trace.lanes.map((l) => l.pid);
    expect(pp).not.toBe(cp);
    expect(r.outcome.data.produced).toBe('10');
    expect(r.outcome.data.consumed).toBe('10');
    expect(r.outcome.data.fifo).toBe('true');

    const made = r.trace.console.filter((c) => c.text.startsWith('生产了'));
    const used = r.trace.console.filter((c) => c.text.startsWith('消费了'));
    expect(made.map((c) => c.text)).toEqual(Array.from({ length: 10 }, (_, i) => `生产了++++++++++pid ${pp}  ${i}`));
    expect(used.map((c) => c.text)).toEqual(Array.from({ length: 10 }, (_, i) => `消费了---------- pid ${pp} ${i}`));

    const list = transfers(r.trace);
    expect(list).toHaveLength(10);
    for (const t of list) {
      expect(Number.isFinite(t.getId)).toBe(true);
      expect(t.getId).not.toBe(t.putId);
    }
    expect(new Set(list.map((t) => t.getId)).size).toBe(10);
    expect(r.outcome.data.copies).toBe('10');
    expect(r.outcome.tone).toBe('good');
  });
});
