/**
 * The bounded-queue lesson's own Python on the VM, the way the page runs it
 * (the worker's runVm, typed lines through the shared mailbox input() reads,
 * events through VmTrace). What it prints, and the REPL sessions typed at the
 * lab's `>>>` (CPython's code.interact), are compared with CPython 3.12
 * (testdata/cpython.json, scripts/gen-bounded-queue-expect.py).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runVmLesson } from '../vm-lesson.node';
import { ThreadState } from '../../runtime/events';
import { paramDefaults } from '../scenario';
import type { ParamValues } from '../types';
import { LESSON_STATEMENTS } from './lesson';
import { queueContents, replTally } from './repl-tally';
import { MAIN_THREAD, boundedQueueScenario } from './scenario';
import { bannerless, normaliseTranscript } from './transcript.node';

interface Expected {
  lessons: { variant: string; stdout: string; stderr: string; status: number }[];
  lines: { stmt: string; stdout: string; raises: string }[];
  sessions: { name: string; maxsize: number; lines: string[]; transcript: string; status: number }[];
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as Expected;

const normalise = normaliseTranscript;

function run(params: ParamValues, typed: readonly string[] = [], lang: 'zh' | 'en' = 'en') {
  const r = runVmLesson(boundedQueueScenario, params, lang, { typed });
  const all = r.events.flatMap((e) => (e.kind === 'write' ? [e.text] : [])).join('');
  return { ...r, all };
}

const LAB = { variant: 'lab', produce: 0, consume: 0 };

describe('the bounded-queue lesson on the VM', () => {
  it('the lesson as written is the tutorial’s text byte for byte', () => {
    const seed = readFileSync(new URL('./testdata/seed.py', import.meta.url), 'utf8');
    expect(boundedQueueScenario.source({ ...paramDefaults(boundedQueueScenario), variant: 'seed' }, 'zh').code).toBe(seed);
  });

  it.each(cpython.lessons.map((c) => [c.variant, c] as const))('%s prints what CPython 3.12 prints, and exits as it does', (variant, c) => {
    // The lesson CPython ran is the zh text (the tutorial's comments): the caret lines show them.
    const rz = run({ variant }, [], 'zh');
    expect(normalise(rz.stdout)).toBe(c.stdout);
    expect(normalise(rz.stderr)).toBe(c.stderr);
    expect(rz.exit).toBe(c.status);
  });

  it('as written: the outcome names put_nowait()’s TypeError at line 9 and the printed method', () => {
    const r = run({ variant: 'seed' });
    expect(r.status).toBe('error');
    expect(r.outcome?.data).toMatchObject({ error: "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'", 'error-line': '9' });
    expect(r.outcome?.verdict.en).toContain('Line 5 printed the method itself');
    expect(r.model.lanes.find((l) => l.name === MAIN_THREAD)?.error).toContain('put_nowait');
    // The first exception stops the script: the get never ran, 'how' is still in the queue.
    expect(r.model.queueOps.map((o) => `${o.op} ${o.item}`)).toEqual(["put 'how'"]);
  });

  it('fixed: every line runs; the queue saw how and x put, how got', () => {
    const r = run({ variant: 'fixed' });
    expect(r.status).toBe('finished');
    expect(r.outcome?.data.error).toBe('');
    expect(r.outcome?.tone).toBe('good');
    expect(r.model.queueOps.map((o) => `${o.op} ${o.item}`)).toEqual(["put 'how'", "put 'x'", "get 'how'"]);
  });

  it('the table’s words for each wrong line are what CPython says', () => {
    for (const s of LESSON_STATEMENTS) {
      const c = cpython.lines.find((l) => l.stmt === s.seed);
      expect(c, s.seed).toBeDefined();
      if (s.says.kind === 'raises') expect(s.says.text).toBe(c?.raises);
      else if (s.says.kind === 'prints') expect(`${s.says.text}\n`).toBe(c?.stdout);
      else expect([c?.stdout, c?.raises]).toEqual(['', '']);
    }
  });
});

describe('the lab: a real REPL (code.interact) on the VM', () => {
  it.each(cpython.sessions.map((s) => [s.name, s] as const))('%s: the transcript is CPython 3.12’s', (_, s) => {
    const r = run({ ...LAB, maxsize: s.maxsize }, s.lines);
    const text = bannerless(r.all);
    expect(text).toBe(s.transcript);
    expect(r.exit).toBe(s.status);
  });

  it('put(x, timeout=3) on a full queue waits 3 virtual seconds, then raises queue.Full', () => {
    const r = run({ ...LAB, maxsize: 1 }, ['q.put(1)', 'q.put(2, timeout=3)', 'exit()']);
    const tally = replTally(r.model.console, 0);
    expect(tally.full).toHaveLength(1);
    expect(tally.full[0]?.waited).toBeCloseTo(3, 1);
    expect(tally.empty).toHaveLength(0);
    expect(tally.full[0]?.waited).toBeLessThan(3.5);
  });

  it('the panel’s tally and queue contents come from the console and the queue events', () => {
    const r = run({ ...LAB, maxsize: 2 }, ["q.put_nowait('x1')", "q.put_nowait('x2')", "q.put_nowait('x3')", 'q.get_nowait()', 'q.get_nowait()', 'q.get_nowait()', "q.put('y')", 'exit()']);
    const tally = replTally(r.model.console, 0);
    expect(tally.full).toHaveLength(1);
    expect(tally.empty).toHaveLength(1);
    expect(tally.session[0]).toMatchObject({ kind: 'out', text: expect.stringMatching(/^Python 3\.12[^\n]*\n.*\n\(InteractiveConsole\)$/) });
    expect(tally.session.filter((l) => l.kind === 'in').map((l) => l.text)).toContain(">>> q.put_nowait('x3')");
    expect(tally.session.filter((l) => l.kind === 'err').every((l) => l.text.startsWith('Traceback (most recent call last):\n  File "<console>", line 1, in <module>'))).toBe(true);
    expect(tally.session.slice(1).filter((l) => l.kind === 'out').map((l) => l.text)).toEqual(["'x1'", "'x2'"]);
    expect(queueContents(r.model.queueOps, 0)).toEqual(["'y'"]);
  });

  it('a blocking put on a full queue with no other thread: the REPL would hang, the lab says so', () => {
    const r = run({ ...LAB, maxsize: 1 }, ['q.put(1)', 'q.put(2)']);
    expect(r.status).toBe('deadlock');
    expect(r.outcome?.data.stuck).toBe('Queue.put');
    expect(r.outcome?.verdict.en).toContain('would wait for ever');
    expect(r.outcome?.verdict.en).toContain('Reset');
    const story = { waiter: MAIN_THREAD, holder: '', waitLine: 26, kind: 'queue' as const, on: 'Queue.put' };
    expect(boundedQueueScenario.deadlockText?.(story, { variant: 'lab' }).en).toContain('never returns');
  });

  it('with the consumer running, a blocking put at >>> waits until it takes an item, then the prompt is back', () => {
    const r = run({ variant: 'lab', maxsize: 1, produce: 0, consume: 2 }, ['q.put(1)', 'q.put(2)', 'q.qsize()', 'exit()']);
    expect(r.status).toBe('finished');
    expect(r.stdout).toContain('got 1');
    expect(r.model.queueOps.filter((o) => o.op === 'put').map((o) => o.item)).toEqual(['1', '2']);
    const main = r.model.lanes.find((l) => l.name === MAIN_THREAD);
    expect(main?.spans.some((s) => s.state === ThreadState.WaitingQueue)).toBe(true);
  });

  it('with both helpers on, the producer and consumer threads run beside the prompt', () => {
    const r = run({ variant: 'lab', maxsize: 5, produce: 1, consume: 1.5 }, ['import time', 'time.sleep(4)', 'exit()']);
    expect(r.status).toBe('finished');
    expect(r.stdout).toContain('put item0');
    expect(r.stdout).toContain('got item0');
    expect(r.model.lanes.map((l) => l.name)).toEqual([MAIN_THREAD, 'producer', 'consumer']);
  });
});
