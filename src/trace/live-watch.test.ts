// The live watch panel's derivation, fed the events of real VM runs and checked
// against what CPython 3.12 prints at the same moments of the same programs
// (the truth), and against VmTrace's own account of a deadlock.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../python/vm/run';
import { libLoader } from '../python/vm/conformance-runner.node';
import type { VmEvent } from '../python/vm/events';
import { LiveWatch, watchOf } from './live-watch';
import { VmTrace } from './vm-trace';

const lib = libLoader();
const PY = `${homedir()}/.pyenv/versions/3.12.1/bin/python3`;

function vmEvents(source: string): VmEvent[] {
  const events: VmEvent[] = [];
  runProgram({ source, path: 'main.py', lib, events: { emit: (e) => events.push(e) }, timeLimitMs: 15000 });
  return events;
}

function cpython(file: URL): string[] {
  return execFileSync(PY, [fileURLToPath(file)], { encoding: 'utf8' }).trimEnd().split('\n');
}

const starterUrl = new URL('../scenarios/custom/starter.py', import.meta.url);
const queuesUrl = new URL('./testdata/watch_queues.py', import.meta.url);
const objectsUrl = new URL('./testdata/watch_objects.py', import.meta.url);
const processesUrl = new URL('./testdata/watch_processes.py', import.meta.url);
const seed = readFileSync(new URL('../python/vm/testdata/events/seed_ticket.py', import.meta.url), 'utf8');

/** The lines the program wrote to stdout, each with the index of its write event. */
function printsAt(events: readonly VmEvent[]): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let buf = '';
  events.forEach((e, i) => {
    if (e.kind !== 'write' || e.fd !== 1) return;
    buf += e.text;
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    for (const p of parts) out.push({ text: p, at: i });
  });
  return out;
}

describe.runIf(existsSync(PY))('LiveWatch: the watch panel from a live run’s events', () => {
  it('the starter: ticket ends at the value CPython prints; the lock is free at the end', () => {
    const events = vmEvents(readFileSync(starterUrl, 'utf8'));
    const final = cpython(starterUrl).at(-1) ?? '';
    expect(final).toMatch(/^sold out, ticket = /);
    const w = watchOf(events);
    expect(w.globals.ticket).toBe(final.replace('sold out, ticket = ', ''));
    expect(w.locks.map((l) => [l.name, l.locked, l.waiters.length])).toEqual([['lock', false, 0]]);
    expect(w.threads.map((t) => t.name)).toEqual(['MainThread', 'Thread-1 (sell)', 'Thread-2 (sell)']);
    expect(w.threads.every((t) => t.locals === null)).toBe(true);
  });

  it('every `sold one, left N` line: at that moment the watch shows ticket = N and the printer holds the lock', () => {
    const events = vmEvents(readFileSync(starterUrl, 'utf8'));
    const sales = printsAt(events).filter((p) => p.text.includes('sold one'));
    // CPython prints the same sales, in the same count.
    expect(sales.map((s) => s.text.replace(/^Thread-\d \(sell\) /, ''))).toEqual(
      cpython(starterUrl).filter((l) => l.includes('sold one')).map((l) => l.replace(/^Thread-\d \(sell\) /, '')),
    );
    for (const s of sales) {
      const w = watchOf(events.slice(0, s.at + 1));
      expect(w.globals.ticket).toBe(s.text.split(' ').at(-1));
      const printer = w.threads.find((t) => s.text.startsWith(t.name));
      expect(w.locks[0]?.holder).toBe(printer?.lane);
    }
  });

  it('queues and a lock at each line CPython prints: items in order (FIFO and LIFO), locked or free, the blocked waiter', () => {
    const events = vmEvents(readFileSync(queuesUrl, 'utf8'));
    const truth = cpython(queuesUrl);
    const lines = printsAt(events);
    expect(lines.map((l) => l.text)).toEqual(truth);
    const repr = (items: string[]) => `[${items.join(', ')}]`;
    let ls = 0;
    for (const l of lines) {
      const w = watchOf(events.slice(0, l.at + 1));
      if (l.text.startsWith('Q ')) {
        const q = w.queues.find((x) => x.name === 'q');
        const st = w.queues.find((x) => x.name === 'stack');
        expect(`Q ${repr(q?.items ?? [])} ${repr(st?.items ?? [])}`).toBe(l.text);
      } else if (l.text.startsWith('L ')) {
        const lock = w.locks.find((x) => x.name === 'lock');
        expect(`L ${lock?.locked ? 'True' : 'False'}`).toBe(l.text);
        // The second L line: the waiter is blocked in `with lock:` while main holds it.
        if (ls++ === 1) {
          const waiter = w.threads.find((t) => t.name === 'Thread-2 (waiter)');
          expect(lock?.waiters).toEqual([waiter?.lane]);
          expect(lock?.holder).toBe(0);
        }
      } else if (l.text.startsWith('N ')) expect(`N ${w.globals.n}`).toBe(l.text);
    }
    expect(ls).toBe(3);
  });

  it('the tutorial’s forgotten release(): the same holder and waiter VmTrace reports stuck; batches do not matter', () => {
    const events = vmEvents(seed);
    const vt = new VmTrace('main.py');
    vt.apply(events);
    const stuck = vt.facts.stuck.filter((s) => s.on === 'lock');
    expect(stuck.length).toBeGreaterThan(0);
    const inBatches = new LiveWatch();
    for (let i = 0; i < events.length; i += 5) inBatches.apply(events.slice(i, i + 5));
    const w = inBatches.view();
    expect(w).toEqual(watchOf(events));
    const lock = w.locks.find((l) => l.name === 'lock');
    const name = (lane: number | null | undefined) => w.threads.find((t) => t.lane === lane)?.name;
    expect(name(lock?.holder)).toBe(stuck[0]?.holder);
    expect(lock?.waiters.map(name).sort()).toEqual(stuck.map((s) => s.thread).sort());
    expect(w.globals.ticket).toBe('0');
  });

  it('a Process global at each line CPython prints: initial, stopped unjoined, started, terminated (-SIGTERM)', () => {
    const events = vmEvents(readFileSync(processesUrl, 'utf8'));
    // Pids differ between runs: each becomes its order of appearance.
    const masked = (lines: string[]): string[] => {
      const order = new Map<string, number>();
      return lines.map((l) => l.replace(/\b\d{2,}\b/g, (pid) => `<pid ${order.get(pid) ?? order.set(pid, order.size).size - 1}>`));
    };
    const lines = printsAt(events);
    expect(masked(lines.map((l) => l.text))).toEqual(masked(cpython(processesUrl)));
    for (const l of lines.slice(1)) {
      const [name, ...repr] = l.text.split(' ');
      expect(watchOf(events.slice(0, l.at + 1)).globals[name ?? '']).toBe(repr.join(' '));
    }
  });

  it('marks as changed the global the newest store changed', () => {
    const events = vmEvents('a = 1\nb = 2\nimport time\ntime.sleep(0.01)\nb = 3\n');
    expect(watchOf(events).changed).toEqual(['b']);
    expect(watchOf(events).globals).toEqual({ a: '1', b: '3' });
  });

  it("a Thread global's repr before start and after join, an RLock and a Condition by name, a Queue(5)'s maxsize: as CPython prints them", () => {
    const events = vmEvents(readFileSync(objectsUrl, 'utf8'));
    const lines = cpython(objectsUrl);
    const prints = printsAt(events);
    const idents = (s: string): string => s.replace(/\d{9,}/g, 'IDENT');
    const tLines = lines.filter((l) => l.startsWith('t '));
    const tPrints = prints.filter((p) => p.text.startsWith('t '));
    expect(tPrints).toHaveLength(tLines.length);
    tPrints.forEach((p, i) => {
      const w = watchOf(events.slice(0, p.at + 1));
      expect(idents(`t ${w.globals.t}`)).toBe(idents(tLines[i] as string));
    });
    const w = watchOf(events);
    // Named while the run goes (no pause): the lock each one's acquire takes.
    expect(w.locks.map((l) => [l.name, l.locked]).sort()).toEqual([['cond', false], ['rlock', false]]);
    const [size, maxsize] = (lines.find((l) => l.startsWith('q ')) ?? '').split(' ').slice(1).map(Number);
    expect(w.queues.map((q) => [q.name, q.items.length, q.maxsize])).toEqual([['q', size, maxsize]]);
  });
});
