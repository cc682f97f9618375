/**
 * The process program on real worker_threads: three workers, each its own
 * simulated process, each printing the pid it was started with.
 */
import { describe, expect, it } from 'vitest';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { runScenario } from '../testing.node';
import { PROCESSES_LINES } from './lines';
import { processesScenario } from './scenario';

/** Each program runs on both runtimes: shared memory (the default) and message passing. */
const runtimes: [string, MakeRun | undefined][] = [
  ['shared', undefined],
  ['message', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('processes (%s runtime)', (_runtime, makeRun) => {
  it('three lanes, the tutorial counts, each process prints its own distinct pid', async () => {
    const r = await runScenario(processesScenario, { dance: 20, song: 50 }, 200, makeRun);
    expect(r.report.status).toBe('finished');
    expect(r.trace.lanes.map((l) => l.name)).toEqual(['MainProcess', 'Process-1', 'Process-2']);
    const pids = r.trace.lanes.map((l) => l.pid);
    expect(new Set(pids).size).toBe(3);
    expect(pids.every((p) => p > 0)).toBe(true);

    const by = (w: number) => r.trace.console.filter((c) => c.worker === w);
    expect(by(0).map((c) => c.text)).toEqual([`主进程ID${pids[0]}`]);
    expect(by(1)).toHaveLength(20);
    expect(by(1).every((c) => c.text === `dancing  pid=${pids[1]}`)).toBe(true);
    expect(by(2)).toHaveLength(50);
    expect(by(2).every((c) => c.text === `song  pid=${pids[2]}`)).toBe(true);

    expect(r.outcome.data.pids).toBe(pids.join(','));
    expect(r.outcome.data.prints).toBe('71');
    expect(r.outcome.data.consistent).toBe('true');
    expect(r.outcome.data.distinct).toBe('true');
    expect(r.outcome.tone).toBe('good');
  });

  it('children start only after the main process prints and calls start()', async () => {
    const r = await runScenario(processesScenario, { dance: 3, song: 4 }, 100, makeRun);
    expect(r.report.status).toBe('finished');
    // The console is in simulated time order: the main pid comes first.
    expect(r.trace.console[0]?.text).toMatch(/^主进程ID\d+$/);
    const mainPrint = r.trace.console[0]?.t ?? Infinity;
    for (const w of [1, 2]) {
      const first = r.trace.console.find((c) => c.worker === w);
      expect(first?.t).toBeGreaterThanOrEqual(mainPrint);
    }
    expect(r.trace.console.filter((c) => c.text.startsWith('dancing'))).toHaveLength(3);
    expect(r.trace.console.filter((c) => c.text.startsWith('song'))).toHaveLength(4);
    expect(r.trace.lanes[0]?.line).toBe(PROCESSES_LINES.main.start2);
  });

  it('the outcome catches a process whose prints carry another pid', async () => {
    const r = await runScenario(processesScenario, { dance: 2, song: 2 }, 100, makeRun);
    const forged = { ...r.trace, console: r.trace.console.map((c) => (c.worker === 2 ? { ...c, text: c.text.replace(/\d+$/, String(r.trace.lanes[1]?.pid)) } : c)) };
    const o = processesScenario.outcome(forged, r.params, r.report.globals, r.report.globalsByProcess);
    expect(o.data.consistent).toBe('false');
    expect(o.data.distinct).toBe('false');
    expect(o.tone).toBe('bad');
  });
});

describe('what a wait on a pipe is', () => {
  it('a start pipe is starting, a join pipe is joining, a queue of the program is neither', async () => {
    const { pipeKind, startPipe, joinPipe } = await import('./pipes');
    expect(pipeKind(startPipe('Process-1'))).toBe('starting');
    expect(pipeKind(joinPipe('Process-2'))).toBe('joining');
    expect(pipeKind('q')).toBeNull();
  });
});
