/**
 * Worker mode's event stream (issue 10/11): the VmEvents the page draws and
 * reads lessons from, merged from every thread's worker into one order. The
 * ticket lesson's own analysis (ticketOutcome, VmTrace) reads them as it reads
 * single-worker's; CPython's prints (the lesson's testdata) are the truth.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VmEvent } from '../events';
import type { WorkerRunResult } from './run-workers';
import type { ThreadHost } from '../host/host';
import { guardedRun } from './guarded-run.node';
import { libLoader } from '../conformance-runner.node';
import { runVm } from '../../../workers/python-vm-run';
import { VmTrace } from '../../../trace/vm-trace';
import { paramDefaults } from '../../../scenarios/scenario';
import { ticketOutcome, ticketScenario } from '../../../scenarios/ticket/scenario';
import type { ParamValues } from '../../../scenarios/types';

async function runW(source: string): Promise<WorkerRunResult & { events: VmEvent[]; clamped: number }> {
  const events: VmEvent[] = [];
  let host: ThreadHost | null = null;
  const r = await guardedRun({ source, path: 'main.py', onEvents: (b) => events.push(...b), onHost: (h) => (host = h) }, 30_000);
  return { ...r, events, clamped: (host as ThreadHost | null)?.clampedEvents() ?? -1 };
}

function runSingle(source: string): { events: VmEvent[]; status: number } {
  const events: VmEvent[] = [];
  const r = runVm({ source, path: 'main.py', speed: Infinity }, libLoader(), (b) => events.push(...b));
  return { events, status: r.kind === 'done' ? r.status : -1 };
}

function ticketCode(over: ParamValues): string {
  return ticketScenario.source({ ...paramDefaults(ticketScenario), ...over }, 'en').code;
}

function analyse(events: VmEvent[], exit: number) {
  const vt = new VmTrace('main.py', ticketScenario.vm?.watch ?? []);
  vt.apply(events);
  const status = vt.facts.deadlock !== '' ? 'deadlock' : exit === 0 ? 'finished' : 'error';
  return { facts: vt.facts, status, outcome: ticketOutcome(vt.facts, status) };
}

type Who = Extract<VmEvent, { ident: number }>;
const hasWho = (e: VmEvent): e is Who => 'ident' in e;

/**
 * The script's own locks (bound to its globals): every acquire is followed by a release of that
 * lock by that thread before anyone takes it again; what is held at the end is what a deadlock
 * left. (threading's internal locks are semaphores: Event.wait and join release another's.)
 */
function unpairedLocks(events: VmEvent[]): string[] {
  const mine = new Set(events.flatMap((e) => (e.kind === 'global-store' && e.lock >= 0 ? [e.lock] : [])));
  const held = new Map<number, number>();
  const bad: string[] = [];
  for (const e of events) {
    if ((e.kind === 'lock-acquire' || e.kind === 'lock-release') && !mine.has(e.lock)) continue;
    if (e.kind === 'lock-acquire') {
      if (held.has(e.lock)) bad.push(`lock ${e.lock} taken by ${e.ident} while ${held.get(e.lock)} holds it`);
      held.set(e.lock, e.ident);
    } else if (e.kind === 'lock-release') {
      if (held.get(e.lock) !== e.ident) bad.push(`lock ${e.lock} released by ${e.ident}, held by ${held.get(e.lock)}`);
      held.delete(e.lock);
    }
  }
  return [...bad, ...[...held].map(([l, by]) => `held at the end: lock ${l} by ${by}`)];
}

/** Non-decreasing `t` as stamped: under the GIL the merge never had to raise a stamp to the one before. */
function nonDecreasing(r: { events: VmEvent[]; clamped: number }): boolean {
  return r.clamped === 0 && r.events.every((e, i) => i === 0 || e.t >= (r.events[i - 1]?.t ?? 0));
}

describe('worker mode emits the VM event stream', () => {
  it('sing and dance: each thread starts and ends, the writes are stdout, and each thread\'s times move on by its sleeps', async () => {
    const src = readFileSync(new URL('./testdata/sing_dance.py', import.meta.url), 'utf8');
    const r = await runW(src);
    expect(r.status).toBe(0);
    const ev = r.events;
    expect(nonDecreasing(r)).toBe(true);
    expect(ev[0]?.kind).toBe('process-start');
    expect(ev.at(-1)).toMatchObject({ kind: 'exit', status: 0 });
    const starts = ev.filter((e) => e.kind === 'thread-start');
    expect(starts.map((e) => e.name)).toEqual(['MainThread', 'Thread-1 (sing)', 'Thread-2 (dance)']);
    const idents = starts.map((e) => (hasWho(e) ? e.ident : 0));
    expect(new Set(idents).size).toBe(3);
    const ends = ev.filter((e) => e.kind === 'thread-end').map((e) => (hasWho(e) ? e.ident : 0));
    expect([...ends].sort()).toEqual([...idents].sort());
    // A thread's events lie between its start and its end.
    for (const id of idents) {
      const mine = ev.map((e, i) => [e, i] as const).filter(([e]) => hasWho(e) && e.ident === id);
      expect(mine[0]?.[0].kind).toBe('thread-start');
      expect(mine.at(-1)?.[0].kind).toBe('thread-end');
    }
    const writes = ev.filter((e) => e.kind === 'write');
    expect(writes.filter((w) => w.fd === 1).map((w) => w.text).join('')).toBe(r.stdout);
    for (const [who, word] of [[idents[1], 'singing'], [idents[2], 'dancing']] as const) {
      const ts = writes.filter((w) => w.ident === who && w.text.startsWith(word)).map((w) => w.t);
      expect(ts).toHaveLength(3);
      // Simulated time: a 0.5 s sleep lies between two lines of one thread.
      for (let i = 1; i < ts.length; i++) expect((ts[i] ?? 0) - (ts[i - 1] ?? 0)).toBeGreaterThanOrEqual(0.5);
    }
    const sleeps = ev.filter((e) => e.kind === 'wait-start' && e.sleep);
    expect(sleeps).toHaveLength(7);
    // The same kinds, in the same order per thread, as single-worker's run of the program.
    const single = runSingle(src).events;
    const kinds = (es: VmEvent[], nth: number): string[] => {
      const id = es.filter((e) => e.kind === 'thread-start').map((e) => (hasWho(e) ? e.ident : 0))[nth];
      return es.filter((e) => hasWho(e) && e.ident === id && e.kind !== 'thread-name').map((e) => e.kind);
    };
    for (const nth of [1, 2]) expect(kinds(ev, nth)).toEqual(kinds(single, nth));
  }, 60_000);

  it('a queue fed by two producers on their own workers: puts and gets are numbered run-wide, a FIFO get takes the put of its number', async () => {
    const code = [
      'import threading, queue',
      'q = queue.Queue()',
      // Both producers alive at once: a thread that ended frees its slot, and so its ident, for the next (as CPython reuses idents).
      'go = threading.Event()',
      'def producer(k):',
      '    go.wait()',
      '    for i in range(3):',
      '        q.put(k * 10 + i)',
      'def consumer():',
      '    for _ in range(6):',
      '        q.get()',
      'ts = [threading.Thread(target=producer, args=(k,)) for k in (1, 2)] + [threading.Thread(target=consumer)]',
      'for t in ts:',
      '    t.start()',
      'go.set()',
      'for t in ts:',
      '    t.join()',
      '',
    ].join('\n');
    const r = await runW(code);
    expect(r.status).toBe(0);
    const qops = r.events.filter((e) => e.kind === 'queue-op');
    const puts = qops.filter((e) => e.op === 'put');
    const gets = qops.filter((e) => e.op === 'get');
    expect(puts.map((e) => e.serial)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gets.map((e) => e.serial)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(puts.map((e) => e.ident)).size).toBe(2);
    for (const g of gets) expect(g.item).toBe(puts[g.serial]?.item);
    expect(nonDecreasing(r)).toBe(true);
  }, 60_000);

  it.each([2, 3])('the ticket lesson with the lock off, %i sellers: its analysis of worker-mode events is CPython\'s and single-worker\'s', async (sellers) => {
    const code = ticketCode({ lock: false, threads: sellers, tickets: 5 });
    const w = analyse((await runW(code)).events, 0);
    const s = runSingle(code);
    const one = analyse(s.events, s.status);
    expect(w.status).toBe('finished');
    // CPython (the lesson's testdata): every seller past the first sells one ticket too many, none twice.
    expect(w.outcome.data).toMatchObject({ analysis: 'ticket', sold: String(5 + sellers - 1), remaining: String(1 - sellers), oversold: String(sellers - 1), duplicates: '0' });
    expect(w.outcome.data).toEqual(one.outcome.data);
    expect(w.facts.threads.map((t) => t.name)).toEqual(one.facts.threads.map((t) => t.name));
  }, 60_000);

  it('the lesson as written deadlocks: locks pair up but for the one left held, time never goes back, the stream ends deadlock then exit 3', async () => {
    const code = ticketCode({ lock: true, threads: 2, tickets: 3, variant: 'seed' });
    const r = await runW(code);
    expect(r.status).toBe(3);
    const ev = r.events;
    expect(nonDecreasing(r)).toBe(true);
    expect(ev.slice(-2).map((e) => e.kind)).toEqual(['deadlock', 'exit']);
    expect(ev.at(-1)).toMatchObject({ kind: 'exit', status: 3 });
    const locks = ev.filter((e) => e.kind === 'lock-acquire' || e.kind === 'lock-release');
    const sellers = ev.find((e) => e.kind === 'global-store' && e.name === 'lock');
    expect(sellers && sellers.kind === 'global-store' ? sellers.lock : -1).toBeGreaterThan(0);
    expect(locks.filter((e) => e.lock === (sellers?.kind === 'global-store' ? sellers.lock : 0)).length).toBeGreaterThan(6);
    // The sellers' lock pairs up but for the one acquire the seller that broke out left held.
    expect(unpairedLocks(ev)).toEqual([expect.stringMatching(/^held at the end: lock \d+ by \d+$/)]);
    const a = analyse(ev, r.status);
    expect(a.status).toBe('deadlock');
    const stuck = a.facts.stuck.filter((x) => x.kind === 'lock');
    expect(stuck).toHaveLength(1);
    expect(stuck[0]?.line).toBe(12);
    expect(stuck[0]?.holder).not.toBe(stuck[0]?.thread);
    expect(a.outcome.data).toMatchObject({ sold: '3', remaining: '0', deadlock: 'true' });
  }, 60_000);

  it('a thread that prints and then computes without blocking: its print reaches the host while it computes', async () => {
    let host: ThreadHost | null = null;
    const events: VmEvent[] = [];
    // The run never ends by itself: ended (terminated) once the print came, else reported hung by the guard.
    const r = await guardedRun(
      {
        source: "print('spinning')\nwhile True:\n    pass\n",
        path: 'main.py',
        onHost: (h) => (host = h),
        onEvents: (b) => {
          events.push(...b);
          if (b.some((e) => e.kind === 'write')) (host as ThreadHost | null)?.terminate();
        },
      },
      60_000,
    );
    expect(events.find((e) => e.kind === 'write')).toMatchObject({ fd: 1, text: 'spinning\n' });
    expect(r.status).not.toBe(0);
  }, 90_000);
});
