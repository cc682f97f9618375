/**
 * The page's control words on worker mode's python host (control-bridge.ts over
 * host/pause.ts), on Node worker_threads instead of Web Workers: a pause through
 * RunControl is told after every event before it, with each thread's locals
 * ('step-locals') as CPython 3.12 reprs them (its print of the same locals later
 * in the same program, testdata/pause_locals.py, as the one-worker test does);
 * a step is told as a pause again; the run then ends with CPython's output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../python/vm/host/spawn.node';
import type { VmEvent } from '../python/vm/events';
import { RunControl } from '../python/vm/run-control';
import { LiveWatch, type LiveWatchView } from '../trace/live-watch';
import { VmTrace } from '../trace/vm-trace';
import { runOnThreads } from './python-host-run';

const entry = new URL('../python/vm/workers/py-thread.node.ts', import.meta.url).href;
const program = new URL('./testdata/pause_locals.py', import.meta.url);
const PY = `${homedir()}/.pyenv/versions/3.12.1/bin/python3`;

function cpythonLines(): string[] {
  return execFileSync(PY, [fileURLToPath(program)], { encoding: 'utf8' }).trimEnd().split('\n').sort();
}

/** CPython's `k sq word items` lines as the locals' reprs by name (sorted by k). */
function cpythonLocals(): Record<string, string>[] {
  return cpythonLines().map((line) => {
    const m = /^(\S+) (\S+) (\S+) (.*)$/.exec(line);
    if (!m) throw new Error(`unexpected line ${line}`);
    return { k: m[1] ?? '', sq: m[2] ?? '', word: m[3] ?? '', items: m[4] ?? '' };
  });
}

describe.runIf(existsSync(PY))('worker mode: the page’s pause, step and locals', () => {
  it('paused while both workers wait on the Event: told once all stand, their locals are CPython’s reprs; a step is told again; the run ends as CPython’s', async () => {
    const ctl = RunControl.create(1);
    const watch = new LiveWatch();
    const events: VmEvent[] = [];
    const names = new Map<number, string>();
    const waiting = new Set<number>();
    const pauses: { t: number; view: LiveWatchView }[] = [];
    let asked = false;
    let stepped = false;
    const run = runOnThreads({ source: readFileSync(program, 'utf8'), path: 'main.py', speed: 1, control: ctl.buffer }, nodeSpawn, (batch, pausedAt) => {
      events.push(...batch);
      watch.apply(batch);
      for (const e of batch) {
        if (e.kind === 'thread-start') names.set(e.ident, e.name);
        if (e.kind === 'wait-start' && e.deadline === null && names.get(e.ident) !== 'MainThread') waiting.add(e.ident);
      }
      if (waiting.size >= 2 && !asked) {
        asked = true;
        ctl.pause();
      }
      if (pausedAt === undefined) return;
      pauses.push({ t: pausedAt, view: watch.view() });
      expect(ctl.held).toBe(true);
      if (!stepped) {
        stepped = true;
        ctl.step(1);
      } else ctl.resume();
    }, entry);
    expect(await run.result).toEqual({ kind: 'done', status: 0 });
    expect(pauses).toHaveLength(2);
    const first = pauses[0]?.view;
    const workers = (first?.threads ?? []).filter((t) => t.name !== 'MainThread');
    expect(workers.map((t) => t.locals)).toEqual(cpythonLocals());
    expect(first?.threads.find((t) => t.name === 'MainThread')?.locals).toEqual({});
    // The step's pause comes later in simulated time or at the same instant, never before.
    expect(pauses[1]?.t ?? -1).toBeGreaterThanOrEqual(pauses[0]?.t ?? 0);
    // Resumed, the threads ran on: what was shown is no longer claimed.
    expect(watch.view().threads.every((t) => t.locals === null)).toBe(true);
    const trace = new VmTrace('main.py');
    trace.apply(events);
    expect(trace.facts.printed.map((p) => p.text).sort()).toEqual(cpythonLines());
  }, 120_000);

  it('the speed slider reaches a running worker run: a 1000 s sleep at speed 1 ends once the page asks for max', async () => {
    const ctl = RunControl.create(1);
    const events: VmEvent[] = [];
    let asked = false;
    const src = "import threading, time\ndef nap():\n    time.sleep(1000)\n    print('woke')\nt = threading.Thread(target=nap)\nt.start()\nt.join()\nprint('done')\n";
    const run = runOnThreads({ source: src, path: 'main.py', speed: 1, control: ctl.buffer }, nodeSpawn, (batch) => {
      events.push(...batch);
      if (!asked && batch.some((e) => e.kind === 'wait-start' && e.sleep)) {
        asked = true;
        ctl.setSpeed(Infinity);
      }
    }, entry);
    expect(await run.result).toEqual({ kind: 'done', status: 0 });
    const trace = new VmTrace('main.py');
    trace.apply(events);
    // CPython 3.12 prints woke, then done (after the thousand seconds it really sleeps).
    expect(trace.facts.printed.map((p) => p.text)).toEqual(['woke', 'done']);
  }, 120_000);
});
