/**
 * Locals in live mode (issue 12): a live run, paused through the page's control words, reports each
 * thread's locals ('step-locals', world.ts) and the watch (LiveWatch) shows them until the run moves on.
 * The truth is CPython 3.12's print of the same locals later in the same program.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tsWorker } from '../engine/ts-worker.node';
import type { VmEvent } from '../python/vm/events';
import { RunControl } from '../python/vm/run-control';
import { LiveWatch, type LiveWatchView } from '../trace/live-watch';
import type { VmRunRequest, VmRunResult } from './python-vm-run';

const entry = new URL('./python-vm.node.ts', import.meta.url);
const program = new URL('./testdata/pause_watch.py', import.meta.url);
const PY = `${homedir()}/.pyenv/versions/3.12.1/bin/python3`;

type Message = { kind: 'events'; batch: VmEvent[]; pausedAt?: number } | { kind: 'result'; result: VmRunResult };

/** CPython's `k sq word items` repr lines (in either order: sorted by k), as the locals' reprs by name. */
function cpythonLocals(): Record<string, string>[] {
  const out = execFileSync(PY, [fileURLToPath(program)], { encoding: 'utf8' }).trimEnd().split('\n');
  return out.filter((l) => !l.startsWith('main ')).sort().map((line) => {
    const m = /^(\S+) (\S+) (\S+) (.*)$/.exec(line);
    if (!m) throw new Error(`unexpected line ${line}`);
    return { k: m[1] ?? '', sq: m[2] ?? '', word: m[3] ?? '', items: m[4] ?? '' };
  });
}

describe.runIf(existsSync(PY))('live mode: a paused run reports each thread’s locals', () => {
  it('paused while both workers wait on the Event: their locals are CPython’s reprs; they clear when the run moves on', async () => {
    const expected = cpythonLocals();
    const mainLine = execFileSync(PY, [fileURLToPath(program)], { encoding: 'utf8' }).split('\n').find((l) => l.startsWith('main ')) ?? '';
    const ctl = RunControl.create(1);
    const req: VmRunRequest = { source: readFileSync(program, 'utf8'), path: 'main.py', speed: 1, control: ctl.buffer };
    const w = tsWorker(entry, req);
    const watch = new LiveWatch();
    const events: VmEvent[] = [];
    const names = new Map<number, string>();
    const waiting = new Set<number>();
    let asked = false;
    const atPause: { view: LiveWatchView | null } = { view: null };
    const result = new Promise<VmRunResult>((resolve, reject) => {
      w.on('message', (m: Message) => {
        if (m.kind === 'result') return resolve(m.result);
        events.push(...m.batch);
        watch.apply(m.batch);
        for (const e of m.batch) {
          if (e.kind === 'thread-start') names.set(e.ident, e.name);
          // Both workers blocked in go.wait(), an Event's wait for ever (the main thread sleeps meanwhile): pause there.
          if (e.kind === 'wait-start' && e.deadline === null && names.get(e.ident) !== 'MainThread') waiting.add(e.ident);
        }
        if (waiting.size >= 2 && !asked) {
          asked = true;
          ctl.pause();
        }
        if (m.pausedAt !== undefined && atPause.view === null) {
          atPause.view = watch.view();
          ctl.resume();
        }
      });
      w.once('error', reject);
    });
    try {
      expect(await result).toEqual({ kind: 'done', status: 0 });
    } finally {
      void w.terminate();
    }
    const paused = atPause.view;
    expect(paused).not.toBeNull();
    const workers = (paused?.threads ?? []).filter((t) => t.name !== 'MainThread');
    expect(workers.map((t) => t.locals)).toEqual(expected);
    // The main thread is at module level: its names are the globals, not locals.
    expect(paused?.threads.find((t) => t.name === 'MainThread')?.locals).toEqual({});
    expect(events.filter((e) => e.kind === 'step-locals').length).toBeGreaterThanOrEqual(3);
    // The Event as CPython's repr prints it, and the two threads inside its wait() (the pause's watch-state).
    const addr = (s: string): string => s.replace(/0x[0-9a-f]+/g, '0x…');
    const [, repr, n] = /^main (<.*>) (\d+)$/.exec(mainLine) ?? [];
    expect(addr(paused?.globals.go ?? '')).toBe(addr(repr ?? '?'));
    const go = paused?.locks.find((l) => l.name === 'go');
    expect([go?.kind, go?.value, go?.inWait?.length]).toEqual(['Event', 'unset', Number(n)]);
    expect(go?.inWait?.map((lane) => paused?.threads[lane]?.name)).toEqual(workers.map((t) => t.name));
    // Resumed, the threads ran on: what was shown at the pause is no longer claimed.
    expect(watch.view().threads.every((t) => t.locals === null)).toBe(true);
    expect(watch.view().locks.find((l) => l.name === 'go')?.value).toBeUndefined();
  }, 30_000);
});
