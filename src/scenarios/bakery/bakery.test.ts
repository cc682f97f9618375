/**
 * The bakery lesson's own Python on the VM, the way the page runs it (the
 * worker's runVm, events through VmTrace): what the threads print equals
 * CPython 3.12's (testdata/cpython.json, scripts/gen-bakery-expect.py; a
 * multiset of phrases, and with one consumer the breads in the queue's
 * order); the outcome reads the queue's puts and gets and the time blocked in
 * put() and get().
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVmCode, runVmLesson, type VmLessonRun } from '../vm-lesson.node';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { bakeryScenario, bakeryThreads } from './scenario';
import { type BakeryShape, consumerShare } from './source';

interface CpythonCase {
  name: string;
  shape: Partial<BakeryShape>;
  edit?: [string, string];
  source: string;
  prints: string[];
  chars: string;
  bought: string[];
  hung: boolean;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as CpythonCase[];
const PHRASE = /生产了面包 {2}\d+|买到了面包 break\d+/g;

/** The run, with the phrases CPython's run is compared by picked out of its console. */
function withPrints(r: VmLessonRun) {
  const text = r.model.console.map((c) => c.text).join('\n');
  const phrases = text.match(PHRASE) ?? [];
  const bought = phrases.filter((s) => s.startsWith('买到')).map((s) => s.split(' ')[1] ?? '');
  const chars = [...text.replace(/\s/g, '')].sort().join('');
  return { ...r, prints: [...phrases].sort(), chars, bought };
}

const runCode = (code: string, p: ParamValues) => withPrints(runVmCode(bakeryScenario, code, { params: p }));
const runLesson = (over: ParamValues, lang: 'zh' | 'en' = 'en') => withPrints(runVmLesson(bakeryScenario, over, lang));

describe('the bakery lesson on the VM', () => {
  it('the defaults are the tutorial program verbatim', () => {
    const lesson = readFileSync(new URL('./testdata/lesson.py', import.meta.url), 'utf8');
    expect(bakeryScenario.source(paramDefaults(bakeryScenario), 'zh').code).toBe(lesson);
  });

  it('names the threads p1…, c1… after MainThread and shares the breads out exactly', () => {
    expect(bakeryThreads({ producers: 2, consumers: 3 }).map((t) => t.name)).toEqual(['p1', 'p2', 'c1', 'c2', 'c3']);
    expect(bakeryScenario.runSpec({ producers: 1, consumers: 1 }).threads.map((t) => t.name)).toEqual(['MainThread', 'p1', 'c1']);
    expect([0, 1, 2].map((k) => consumerShare(k, 3, 10))).toEqual([4, 3, 3]);
  });

  it.each(cpython.map((c) => [c.name, c] as const))('%s prints what CPython 3.12 prints', (_, c) => {
    const p = { ...paramDefaults(bakeryScenario), ...c.shape };
    const made = bakeryScenario.source(p, 'en').code;
    // The template has not drifted from the text CPython ran.
    expect(c.edit ? made.replace(c.edit[0], c.edit[1]) : made).toBe(c.source);
    const r = runCode(c.source, p);
    expect(r.chars).toBe(c.chars);
    // One producer and one consumer: CPython's lines did not run into each other, so phrases compare too.
    if ((c.shape.consumers ?? 1) === 1 && (c.shape.producers ?? 1) === 1) {
      expect(r.prints).toEqual(c.prints);
      expect(r.bought).toEqual(c.bought);
    }
    expect(r.status === 'deadlock').toBe(c.hung);
  });

  it('the tutorial as written: 10 made, 10 bought, FIFO, and c1 blocks on the empty queue', () => {
    const r = runLesson({}, 'zh');
    expect(r.status).toBe('finished');
    expect(r.outcome.data).toMatchObject({ analysis: 'bakery', produced: '10', consumed: '10', fifo: 'true', duplicated: '0', lost: '0', 'producer-blocked': '0.00' });
    // The consumer sleeps 0.3 s, the producer 0.5 s: c1 waits about 0.2 s in get() for each bread.
    expect(Number(r.outcome.data['consumer-blocked'])).toBeGreaterThan(1.5);
    expect(r.outcome.tone).toBe('good');
    // The queue ops carry the items in order: the puts are break0…break9, each got once.
    expect(r.model.queueOps.filter((o) => o.op === 'put').map((o) => o.item)).toEqual(Array.from({ length: 10 }, (_, i) => `'break${i}'`));
    expect(r.model.queueOps.filter((o) => o.op === 'get').map((o) => o.item)).toEqual(Array.from({ length: 10 }, (_, i) => `'break${i}'`));
    const c1 = r.model.lanes.find((l) => l.name === 'c1');
    expect(r.model.queueOps.filter((o) => o.op === 'get').every((o) => o.worker === c1?.worker)).toBe(true);
  });

  it('a full queue (maxsize 1) blocks a fast producer and never holds more than one', () => {
    const r = runLesson({ maxsize: 1, produce: 0.05, consume: 0.3, count: 6 });
    expect(r.status).toBe('finished');
    expect(r.outcome.data).toMatchObject({ produced: '6', consumed: '6', fifo: 'true' });
    expect(Number(r.outcome.data['producer-blocked'])).toBeGreaterThan(0.5);
    expect(Math.max(...r.model.queueOps.map((o) => o.size))).toBeLessThanOrEqual(1);
    expect(r.outcome.verdict.en).toContain('maxsize=1');
  });

  it('several producers and consumers move every bread exactly once, in the queue’s order', () => {
    const r = runLesson({ producers: 3, consumers: 2, count: 40, produce: 0.05, consume: 0.03, maxsize: 2 });
    expect(r.status).toBe('finished');
    expect(r.outcome.data).toMatchObject({ produced: '40', consumed: '40', duplicated: '0', lost: '0', fifo: 'true' });
    expect([...r.bought].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `break${i}`).sort());
    for (const name of ['c1', 'c2']) {
      const lane = r.model.lanes.find((l) => l.name === name);
      expect(r.model.console.filter((c) => c.worker === lane?.worker)).toHaveLength(20);
    }
  });

  it('an edited consumer that wants one bread too many waits in q.get() for ever: the deadlock is named', () => {
    const c = cpython.find((x) => x.name === 'one-too-many');
    const r = runCode(c?.source ?? '', { ...paramDefaults(bakeryScenario), ...c?.shape });
    expect(r.status).toBe('deadlock');
    expect(r.outcome.data).toMatchObject({ produced: '3', consumed: '3', deadlock: 'true' });
    expect(r.outcome.tone).toBe('bad');
    const w = r.facts.stuck.find((s) => s.kind === 'queue');
    expect(w?.thread).toBe('c1');
    const text = bakeryScenario.deadlockText?.({ waiter: w?.thread ?? '', holder: '', waitLine: w?.line ?? 0, kind: 'queue', on: w?.on ?? '' }, {});
    expect(text?.en).toBe('c1 waits forever in q.get() at line 16: no thread is left to put().');
  });

  it('a program without a queue: the bakery analysis steps aside', () => {
    const r = runCode("print('no bread')\n", paramDefaults(bakeryScenario));
    expect(r.outcome.data.analysis).toBe('generic');
    expect(r.outcome.verdict.en).toContain('steps aside');
  });
});
