// The VM's event stream for whole programs, checked against what CPython 3.12
// did with them (testdata/events/expected.json, written by
// scripts/gen-vm-events-expect.py) and against the rules any CPython run obeys:
// a lock is held by one thread at a time, a global's stores chain old → new,
// time never runs backwards.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';
import type { VmEvent } from './events';

interface Expected {
  stdout: string[];
  stderrLast: string;
  exceptionsInThreads: number;
  status: number | 'hangs';
}

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const expected = JSON.parse(readFileSync(join(here, 'testdata', 'events', 'expected.json'), 'utf8')) as Record<string, Expected>;
const lib = libLoader();

function run(file: string): { events: VmEvent[]; status: number } {
  const events: VmEvent[] = [];
  const r = runProgram({ source: readFileSync(join(root, file), 'utf8'), path: 'main.py', lib, events: { emit: (e) => events.push(e) }, timeLimitMs: 15000 });
  return { events, status: r.status };
}

/** Lines each thread printed to stdout, from its write events (print writes text and '\n' apart). */
function printedLines(events: VmEvent[]): { thread: number; text: string }[] {
  const partial = new Map<number, string>();
  const out: { thread: number; text: string }[] = [];
  for (const e of events) {
    if (e.kind !== 'write' || e.fd !== 1) continue;
    const parts = ((partial.get(e.ident) ?? '') + e.text).split('\n');
    partial.set(e.ident, parts.pop() ?? '');
    for (const p of parts) out.push({ thread: e.ident, text: p });
  }
  return out;
}

const sorted = (xs: string[]): string[] => [...xs].sort();
/**
 * Which thread printed a line is scheduling too: CPython hands a released lock
 * to a waiting thread at once (the OS wakes it), our single-worker VM when the
 * waiter next runs, so the same lines can come from the other seller.
 */
const anyThread = (s: string): string => s.replace(/线程\d+|Thread-\d+ \(\w+\)/g, '<thread>');

describe('VM events, program by program, as CPython 3.12 runs them', () => {
  for (const [file, want] of Object.entries(expected)) {
    describe(file, () => {
      const { events, status } = run(file);

      it('prints the lines CPython prints (as a multiset: scheduling decides the order)', () => {
        expect(sorted(printedLines(events).map((l) => anyThread(l.text)))).toEqual(sorted(want.stdout.map(anyThread)));
      });

      it('ends as CPython does (a CPython hang is a reported deadlock)', () => {
        if (want.status === 'hangs') {
          expect(status).toBe(3);
          expect(events.some((e) => e.kind === 'deadlock')).toBe(true);
        } else {
          expect(status).toBe(want.status);
          expect(events.some((e) => e.kind === 'deadlock')).toBe(false);
        }
        const exit = events.filter((e) => e.kind === 'exit');
        expect(exit.map((e) => e.status)).toEqual([status]);
      });

      it('reports each uncaught exception once, with the text CPython ends stderr with', () => {
        const exc = events.filter((e) => e.kind === 'exception');
        expect(exc.filter((e) => e.text.startsWith('Exception in thread ')).length).toBe(want.exceptionsInThreads);
        if (want.status === 1) expect(exc.at(-1)?.text.trimEnd().split('\n').at(-1)).toBe(want.stderrLast);
      });

      it('names threads as threading does, each started once and ended at most once', () => {
        const starts = events.filter((e) => e.kind === 'thread-start');
        expect(starts[0]?.name).toBe('MainThread');
        const idents = starts.map((e) => e.ident);
        expect(new Set(idents).size).toBe(idents.length);
        for (const id of idents) expect(events.filter((e) => e.kind === 'thread-end' && e.ident === id).length).toBeLessThanOrEqual(1);
        // Every printing thread was started before it printed.
        for (const l of printedLines(events)) expect(idents).toContain(l.thread);
      });

      it("holds each of the program's locks by one thread at a time (acquire and release alternate)", () => {
        const userLocks = new Set(events.flatMap((e) => (e.kind === 'global-store' && e.lock >= 0 ? [e.lock] : [])));
        expect(userLocks.size).toBe(readFileSync(join(root, file), 'utf8').split('threading.Lock()').length - 1);
        for (const id of userLocks) {
          const seq = events.filter((e) => (e.kind === 'lock-acquire' || e.kind === 'lock-release') && e.lock === id).map((e) => e.kind);
          expect(seq.length).toBeGreaterThan(0);
          seq.forEach((k, i) => expect(k).toBe(i % 2 === 0 ? 'lock-acquire' : 'lock-release'));
        }
      });

      it("chains every global's stores (each store's old value is the one before it) with simulated times that never go back", () => {
        const last = new Map<string, string>();
        // A Thread's or a lock's repr (CPython's, as the watch shows it) changes with its state, with no store: its kind stays.
        const kind = (s: string | null): string | null => (s?.startsWith('<') ? (s.split(/[ (]/)[0] ?? s) : s);
        for (const e of events) {
          if (e.kind !== 'global-store') continue;
          expect(kind(e.old)).toBe(kind(last.get(e.name) ?? null));
          last.set(e.name, e.value);
        }
        const ts = events.map((e) => e.t);
        ts.forEach((t, i) => expect(t).toBeGreaterThanOrEqual(ts[i - 1] ?? 0));
      });

      it('pairs every wait with its end, unless the run deadlocked in it', () => {
        const open = new Map<number, number>();
        for (const e of events) {
          if (e.kind === 'wait-start') {
            expect(open.has(e.ident)).toBe(false);
            open.set(e.ident, e.t);
          } else if (e.kind === 'wait-end') {
            expect(open.delete(e.ident)).toBe(true);
          }
        }
        expect(open.size > 0).toBe(want.status === 'hangs');
      });
    });
  }

  it("a forked child's stores to the main script's globals are reported too, as its own (its pid, from the copy's value)", () => {
    const src = "import multiprocessing\nn = 0\ndef work():\n    global n\n    n += 5\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=work)\n    p.start()\n    p.join()\n    n += 1\n";
    const events: VmEvent[] = [];
    runProgram({ source: src, path: 'main.py', lib, events: { emit: (e) => events.push(e) }, timeLimitMs: 15000 });
    const pids = events.flatMap((e) => (e.kind === 'process-start' ? [e.pid] : []));
    const stores = events.flatMap((e) => (e.kind === 'global-store' && e.name === 'n' ? [[pids.indexOf(e.pid), e.old, e.value]] : []));
    expect(stores).toEqual([[0, null, '0'], [1, '0', '5'], [0, '0', '1']]);
  });

  it('the ticket stores count down one by one, and every sleep lasts its simulated length', () => {
    const { events } = run('src/scenarios/custom/starter.py');
    const tickets = events.flatMap((e) => (e.kind === 'global-store' && e.name === 'ticket' ? [e.num] : []));
    expect(tickets).toEqual([6, 5, 4, 3, 2, 1, 0]);
    const sleeps = events.filter((e) => e.kind === 'wait-start' && e.sleep);
    expect(sleeps.length).toBeGreaterThanOrEqual(6);
    for (const s of sleeps) {
      if (s.kind !== 'wait-start' || s.deadline === null) continue;
      const end = events.find((e) => e.kind === 'wait-end' && e.ident === s.ident && e.t >= s.t);
      expect(end?.t ?? 0).toBeGreaterThanOrEqual(s.deadline);
    }
  });
});
