/**
 * The process queue's own Python on the VM, the way the page runs it: a
 * producer and a consumer process over a multiprocessing.Queue. Printed
 * phrases equal CPython 3.12's (testdata/cpython.json,
 * scripts/gen-procs-expect.py); every item is got in another process than the
 * one that put it, in order; the times are the sleeps'.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { phrases, readExpect } from '../processes/cpython-expect.node';
import { runVmCode } from '../vm-lesson.node';
import { PQ_QUEUE, processQueueScenario } from './scenario';
import { rebindProcessQueue } from './source';
import { crossed, itemsLeft, queueSlot, transfers } from './transfers';

const cpython = readExpect<{ lang: 'zh' | 'en'; params: ParamValues }>(new URL('./testdata/cpython.json', import.meta.url));

function run(over: ParamValues, edit: (code: string) => string = (c) => c) {
  const p = { ...paramDefaults(processQueueScenario), ...over };
  return runVmCode(processQueueScenario, edit(processQueueScenario.source(p, 'en').code), { params: p });
}

describe('the process queue lesson on the VM', () => {
  it('with the tutorial numbers it is the tutorial program verbatim', () => {
    const tutorial = readFileSync(new URL('./testdata/tutorial.py', import.meta.url), 'utf8');
    expect(processQueueScenario.source(paramDefaults(processQueueScenario), 'zh').code).toBe(tutorial);
  });

  it.each(cpython.cases.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const r = run(c.params);
    expect(r.status).toBe(c.status === 0 ? 'finished' : 'error');
    expect(phrases(r.lines, cpython.phrases, cpython.vary)).toEqual(c.phrases);
  });

  it('10 items cross from Process-1 to Process-2 in order, each a copy in another process', () => {
    const r = run({});
    expect(r.status).toBe('finished');
    expect(r.model.lanes.map((l) => l.name)).toEqual(['MainThread', 'Process-1', 'Process-2']);
    const [, pp, cp] = r.model.lanes.map((l) => l.pid);
    expect(pp).not.toBe(cp);
    expect(r.outcome.data).toMatchObject({ analysis: 'process-queue', produced: '10', consumed: '10', fifo: 'true', copies: '10', 'producer-pid': String(pp), 'consumer-pid': String(cp) });
    expect(r.outcome.tone).toBe('good');
    expect(r.lines.filter((l) => l.startsWith('生产了'))).toEqual(Array.from({ length: 10 }, (_, i) => `生产了++++++++++pid ${pp}  ${i}`));
    expect(r.lines.filter((l) => l.startsWith('消费了'))).toEqual(Array.from({ length: 10 }, (_, i) => `消费了---------- pid ${pp} ${i}`));
    const q = queueSlot(r.model, PQ_QUEUE);
    expect(r.model.queueNames?.[q]).toBe('q');
    const list = transfers(r.model, q);
    expect(list.map((t) => t.item)).toEqual(Array.from({ length: 10 }, (_, i) => `'pid ${pp} ${i}'`));
    expect(crossed(r.model, list)).toHaveLength(10);
    expect(itemsLeft(r.model, q)).toEqual([]);
  });

  it('a slow consumer: the queue fills while the producer is done, and times follow the sleeps', () => {
    const r = run({ count: 4, produce: 0.05, consume: 0.2 });
    expect(r.outcome.data).toMatchObject({ produced: '4', consumed: '4', fifo: 'true' });
    const [, prod, cons] = r.facts.threads;
    // Four sleeps each: about 0.2 s of producing, 0.8 s of consuming, side by side.
    expect((prod?.end ?? 0) - (prod?.start ?? 0)).toBeGreaterThanOrEqual(0.2);
    expect((prod?.end ?? 0) - (prod?.start ?? 0)).toBeLessThan(0.6);
    expect((cons?.end ?? 0) - (cons?.start ?? 0)).toBeGreaterThanOrEqual(0.8);
    expect((cons?.end ?? 0) - (cons?.start ?? 0)).toBeLessThan(1.3);
    // The puts ran ahead of the gets: at some point several items waited in the queue.
    expect(Math.max(...r.model.queueOps.map((o) => o.size))).toBeGreaterThan(1);
  });

  it('one process on both ends: no item crosses, so the analysis steps aside', () => {
    const r = run({ count: 2, produce: 0.01, consume: 0.01 }, (c) => c.replace('    p1.start()\n    c2.start()\n', '    produce(q)\n    consumer(q)\n'));
    expect(r.status).toBe('finished');
    expect(r.outcome.data.analysis).toBe('generic');
  });

  it('the controls rewrite their numbers in an edited program', () => {
    const code = `${processQueueScenario.source(paramDefaults(processQueueScenario), 'en').code}print('edited')\n`;
    expect(rebindProcessQueue(code, 'count', 3)?.match(/range\(3\)/g)).toHaveLength(2);
    const slow = rebindProcessQueue(code, 'consume', 1.5) ?? '';
    expect(slow).toContain('def consumer(x):\n    for i in range(10):\n        time.sleep(1.5)');
    expect(slow).toContain('def produce(x):\n    for i in range(10):\n        time.sleep(0.5)');
    expect(rebindProcessQueue(code, 'produce', 0.1)).toContain('def produce(x):\n    for i in range(10):\n        time.sleep(0.1)');
    expect(rebindProcessQueue('print(1)\n', 'count', 2)).toBeNull();
  });
});
