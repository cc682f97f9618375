// The VM's events of real programs, through VmTrace and applyEvents into the
// page's run model: lanes as Python names threads, prints on their thread's
// lane, holds of the program's lock, a value track per numeric global, and
// the generic outcome's facts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runProgram } from '../python/vm/run';
import { libLoader } from '../python/vm/conformance-runner.node';
import type { VmEvent } from '../python/vm/events';
import { ThreadState } from '../runtime/events';
import { applyEvents, emptyTrace, type Span, type TraceModel } from './model';
import { causalFlows } from './causality';
import { MAX_CONSOLE_LINES, VmTrace } from './vm-trace';

const lib = libLoader();

function traced(source: string, batch = 7): { model: TraceModel; vt: VmTrace; status: number } {
  const events: VmEvent[] = [];
  const r = runProgram({ source, path: 'main.py', lib, events: { emit: (e) => events.push(e) }, timeLimitMs: 15000 });
  const vt = new VmTrace('main.py');
  const model = emptyTrace(['MainThread']);
  model.lockNames = vt.facts.lockNames;
  // In small batches, as the worker sends them: nothing may depend on where a batch ends.
  for (let i = 0; i < events.length; i += batch) applyEvents(model, vt.apply(events.slice(i, i + batch)));
  return { model, vt, status: r.status };
}

const starter = readFileSync(new URL('../scenarios/custom/starter.py', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../python/vm/testdata/events/seed_ticket.py', import.meta.url), 'utf8');

describe('VmTrace: the VM events of a program as lanes, console and facts', () => {
  it('the starter: three lanes named as Python names them, prints on their own lane, lock holds, the ticket track', () => {
    const { model, vt } = traced(starter);
    expect(model.lanes.map((l) => l.name)).toEqual(['MainThread', 'Thread-1 (sell)', 'Thread-2 (sell)']);
    const sales = model.console.filter((c) => c.text.includes('sold one'));
    expect(sales).toHaveLength(6);
    for (const c of sales) expect(c.text.startsWith(model.lanes[c.worker]?.name ?? '?')).toBe(true);
    expect(sales.every((c) => c.line === 16 && c.stream === 'out')).toBe(true);
    expect(model.console.at(-1)).toMatchObject({ worker: 0, text: 'sold out, ticket = 0', line: 25 });
    // Each sale happened under the lock: six holds (and one more that finds no ticket per seller).
    const lockIdx = vt.facts.lockNames.indexOf('lock');
    expect(lockIdx).toBeGreaterThanOrEqual(0);
    const holds = model.lanes.flatMap((l) => l.holds.filter((h) => h.lock === lockIdx));
    expect(holds).toHaveLength(8);
    for (const h of holds) expect(h.end).toBeGreaterThan(h.start);
    expect(model.values.find((v) => v.name === 'ticket')?.points.map((p) => p.value)).toEqual([6, 5, 4, 3, 2, 1, 0]);
    // Sleeping spans on the sellers' lanes, each about its 0.1 s or 0.05 s.
    const sleeps = model.lanes[1]?.spans.filter((s) => s.state === ThreadState.Sleeping) ?? [];
    expect(sleeps.length).toBeGreaterThanOrEqual(3);
    // The span starts when the VM notes the wait, a few microseconds after sleep() took its deadline.
    for (const s of sleeps) expect(s.end - s.start).toBeGreaterThanOrEqual(0.05 - 1e-3);
    expect(model.lanes.every((l) => l.state === ThreadState.Done)).toBe(true);
    expect(vt.facts.exitStatus).toBe(0);
    expect(vt.facts.globals.find((g) => g.name === 'ticket')?.value).toBe('0');
    expect(vt.facts.threads.every((t) => t.end >= t.start)).toBe(true);
    expect(vt.facts.processes).toHaveLength(1);
    expect(vt.facts.waits.find((w) => w.on === 'lock')?.kind).toBe('lock');
  });

  it('the seed program: a deadlock names who waits on the lock and who holds it', () => {
    const { model, vt, status } = traced(seed, 3);
    expect(status).toBe(3);
    expect(vt.facts.deadlock).toMatch(/^deadlock: /);
    const stuck = vt.facts.stuck.find((s) => s.on === 'lock');
    expect(stuck).toBeDefined();
    expect(stuck?.holder).not.toBe('');
    expect(stuck?.holder).not.toBe(stuck?.thread);
    const lane = model.lanes.find((l) => l.name === stuck?.thread);
    expect(lane?.state).toBe(ThreadState.WaitingLock);
    // The deadlock line is the run's news, not a line of stderr in the console twice.
    expect(model.console.filter((c) => c.text.startsWith('deadlock:'))).toHaveLength(0);
  });

  it('an uncaught exception: its traceback once, on its thread, at the line that raised', () => {
    const { model, vt } = traced('import threading\ndef f():\n    1 / 0\nt = threading.Thread(target=f)\nt.start()\nt.join()\nprint("main goes on")\n');
    const errs = model.console.filter((c) => c.stream === 'err');
    expect(errs).toHaveLength(1);
    expect(errs[0]?.text).toMatch(/^Exception in thread Thread-1 \(f\):\nTraceback/);
    expect(errs[0]?.line).toBe(3);
    expect(model.lanes[errs[0]?.worker ?? -1]?.error).toBe('ZeroDivisionError: division by zero');
    expect(vt.facts.exceptions.map((e) => e.summary)).toEqual(['ZeroDivisionError: division by zero']);
    expect(model.console.at(-1)?.text).toBe('main goes on');
  });

  it('processes: named as multiprocessing names them, each child a lane of its own, with its exit status', () => {
    const { model, vt } = traced("import multiprocessing\n\ndef work(n):\n    print('child', n)\n\nif __name__ == '__main__':\n    ps = [multiprocessing.Process(target=work, args=(i,)) for i in range(2)]\n    for p in ps:\n        p.start()\n    for p in ps:\n        p.join()\n    print('exit codes', [p.exitcode for p in ps])\n");
    expect(vt.facts.processes.map((p) => [p.name, p.status])).toEqual([
      ['MainProcess', 0],
      ['Process-1', 0],
      ['Process-2', 0],
    ]);
    expect(model.lanes.map((l) => l.name)).toEqual(['MainThread', 'Process-1', 'Process-2']);
    expect(model.console.filter((c) => c.text.startsWith('child')).map((c) => model.lanes[c.worker]?.name).sort()).toEqual(['Process-1', 'Process-2']);
    expect(model.console.at(-1)?.text).toBe('exit codes [0, 0]');
  });

  it('an endless print loop keeps only the first lines and counts the rest', () => {
    const { model, vt } = traced(`for i in range(${MAX_CONSOLE_LINES + 10}):\n    print(i)\n`, 500);
    expect(model.console).toHaveLength(MAX_CONSOLE_LINES);
    expect(vt.facts.droppedLines).toBe(10);
  });
});

/** The waiting spans of a lane as [state, what the slot names, line]. */
function waits(model: TraceModel, lane: string): [number, string, number][] {
  const l = model.lanes.find((x) => x.name === lane);
  return (l?.spans ?? []).filter((s: Span) => s.state !== ThreadState.Running).map((s) => [s.state, model.lockNames?.[s.on - 1] ?? '', s.line]);
}

describe('VmTrace: a join or an event wait is not a wait for a lock (issue 11)', () => {
  const sleeper = 'import threading, time\ndef f():\n    time.sleep(0.1)\nt = threading.Thread(target=f)\nt.start()\n';

  it('t.join() is a join of the thread it names; the join arrow runs from its end', () => {
    const { model } = traced(sleeper + 't.join()\n');
    const main = waits(model, 'MainThread');
    expect(main).toContainEqual([ThreadState.Joining, 'Thread-1 (f)', 6]);
    expect(main.some(([st]) => st === ThreadState.WaitingLock)).toBe(false);
    const t1 = model.lanes.findIndex((l) => l.name === 'Thread-1 (f)');
    expect(causalFlows(model).filter((f) => f.kind === 'join' && f.fromWorker === t1 && f.toWorker === 0)).toHaveLength(1);
  });

  it("Python's shutdown joins the threads left running: a join too, not a lock", () => {
    const { model } = traced(sleeper);
    const main = waits(model, 'MainThread');
    expect(main.map(([st, on]) => [st, on])).toContainEqual([ThreadState.Joining, 'Thread-1 (f)']);
    expect(main.some(([st]) => st === ThreadState.WaitingLock)).toBe(false);
  });

  it('p.join() names the process as multiprocessing names it', () => {
    const { model } = traced("import multiprocessing, time\ndef f():\n    time.sleep(0.1)\nif __name__ == '__main__':\n    p = multiprocessing.Process(target=f)\n    p.start()\n    p.join()\n");
    expect(waits(model, 'MainThread')).toContainEqual([ThreadState.Joining, 'Process-1', 7]);
  });

  it("Pool.join() joins the pool's processes and threads; none of it is a lock", () => {
    const { model } = traced("from multiprocessing import Pool\nimport time\ndef f(x):\n    time.sleep(0.1)\n    return x\nif __name__ == '__main__':\n    p = Pool(2)\n    r = p.apply_async(f, (1,))\n    p.close()\n    p.join()\n");
    const atJoin = waits(model, 'MainThread').filter(([, , line]) => line === 10);
    expect(atJoin.length).toBeGreaterThan(0);
    expect(atJoin.every(([st]) => st === ThreadState.Joining)).toBe(true);
  });

  it('Future.result() waits for the task: a join; ThreadPoolExecutor’s exit joins its workers', () => {
    const { model } = traced('from concurrent.futures import ThreadPoolExecutor\nimport time\ndef f(x):\n    time.sleep(0.1)\n    return x\nwith ThreadPoolExecutor(2) as ex:\n    fu = ex.submit(f, 1)\n    print(fu.result())\n');
    const main = waits(model, 'MainThread');
    expect(main).toContainEqual([ThreadState.Joining, 'Future.result', 8]);
    expect(main.filter(([, , line]) => line === 6).map(([st]) => st)).toContain(ThreadState.Joining);
    expect(main.some(([st]) => st === ThreadState.WaitingLock)).toBe(false);
  });

  it('Event.wait() and Condition.wait() are waits on an event or condition', () => {
    const { model } = traced('import threading, time\ne = threading.Event()\nc = threading.Condition()\ndef f():\n    time.sleep(0.1)\n    e.set()\n    time.sleep(0.1)\n    with c:\n        c.notify()\nt = threading.Thread(target=f)\nt.start()\ne.wait()\nwith c:\n    c.wait()\nt.join()\n');
    const main = waits(model, 'MainThread');
    expect(main).toContainEqual([ThreadState.WaitingEvent, 'Event.wait', 12]);
    expect(main).toContainEqual([ThreadState.WaitingEvent, 'Condition.wait', 14]);
  });

  it("the program's own lock stays a lock wait, named by its global", () => {
    const { model } = traced('import threading, time\nlock = threading.Lock()\ndef f():\n    with lock:\n        time.sleep(0.1)\nt = threading.Thread(target=f)\nt.start()\ntime.sleep(0.01)\nwith lock:\n    pass\nt.join()\n');
    const main = waits(model, 'MainThread');
    expect(main).toContainEqual([ThreadState.WaitingLock, 'lock', 9]);
    expect(main.filter(([st]) => st === ThreadState.WaitingLock)).toHaveLength(1);
  });
});
