import { afterEach, describe, expect, it } from 'vitest';
import { RunDriver, type RunReport } from '../../engine/driver';
import { nodeSpawner } from '../../engine/node-spawner.node';
import type { MakeRun } from '../../engine/run-like';
import { messageRun } from '../../message-runtime';
import { nodeMessageSpawner } from '../../message-runtime/node-spawner.node';
import { ThreadState } from '../../runtime/events';
import { type TraceModel, applyEvents, emptyTrace } from '../../trace/model';
import { paramDefaults } from '../scenario';
import { runScenario } from '../testing.node';
import type { ParamValues } from '../types';
import { MAIN_THREAD, boundedQueueFigures, boundedQueueScenario } from './scenario';

const PUT_NOWAIT = "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'";

/** Every test runs on both runtimes: shared memory, and messages to a broker (no SharedArrayBuffer). */
const runtimes: [string, MakeRun | undefined][] = [
  ['shared memory', undefined],
  ['message runtime', messageRun(nodeMessageSpawner)],
];

describe.each(runtimes)('bounded-queue on %s: the lesson as written and fixed', (_runtime, makeRun) => {
  it('as written: prints the bound method, then dies at put_nowait() with Python 3’s TypeError', async () => {
    const r = await runScenario(boundedQueueScenario, { variant: 'seed' }, 50, makeRun);
    expect(r.report.status).toBe('error');
    expect(r.trace.lanes.map((l) => l.name)).toEqual([MAIN_THREAD]);
    const main = r.trace.console.filter((c) => c.worker === 0);
    expect(main[0]?.text).toMatch(/^<bound method Queue\.full of <multiprocessing\.queues\.Queue object at 0x[0-9a-f]+>>$/);
    expect(r.trace.lanes[0]?.error).toBe(PUT_NOWAIT);
    const err = main.find((c) => c.stream === 'err');
    expect(err?.line).toBe(9);
    expect(err?.text).toBe(`Traceback (most recent call last):\n  File "main.py", line 9, in <module>\n${PUT_NOWAIT}`);
    // The first exception stops the script: the get line never ran, 'how' is still in the queue.
    expect(r.trace.queueOps.map((o) => `${o.op} ${o.item}`)).toEqual(['put how']);
    expect(r.outcome.data.error).toBe(PUT_NOWAIT);
    expect(r.outcome.data['error-line']).toBe('9');
    expect(r.outcome.tone).toBe('bad');
  });

  it('fixed: every corrected line runs; full() is False and get returns the first item put', async () => {
    const r = await runScenario(boundedQueueScenario, { variant: 'fixed' }, 50, makeRun);
    expect(r.report.status).toBe('finished');
    expect(boundedQueueFigures(r.trace).prints).toEqual(['False', 'how']);
    expect(r.trace.queueOps.map((o) => `${o.op} ${o.item}`)).toEqual(['put how', 'put x', 'get how']);
    expect(r.outcome.data.error).toBe('');
    expect(r.outcome.tone).toBe('good');
  });
});

/** A lab run driven from the test as the page drives it: commands through Run.send (RunLike.send on either runtime). */
class Lab {
  readonly trace: TraceModel;
  readonly driver: RunDriver;
  report: RunReport | null = null;

  constructor(over: ParamValues, speed: number, makeRun: MakeRun | undefined) {
    const params = { ...paramDefaults(boundedQueueScenario), variant: 'lab', ...over };
    const spec = { ...boundedQueueScenario.runSpec(params), speed };
    this.trace = emptyTrace(spec.threads.map((t) => t.name));
    this.driver = new RunDriver(
      spec,
      nodeSpawner,
      {
        onEvents: (ev) => applyEvents(this.trace, ev),
        onStatus: (r) => {
          if (r.status !== 'running' && r.status !== 'paused') this.report = r;
        },
      },
      (fn) => {
        const h = setTimeout(fn, 10);
        return () => clearTimeout(h);
      },
      makeRun,
    );
  }

  send(...commands: string[]): void {
    for (const c of commands) expect(this.driver.run.send(c)).toBe(true);
  }

  /** The main thread's console, one entry per print. */
  mainOut(): string[] {
    return this.trace.console.filter((c) => c.worker === 0).map((c) => c.text);
  }

  async until(what: string, pred: () => boolean, limitMs = 20_000): Promise<void> {
    const t0 = performance.now();
    while (!pred()) {
      if (this.report) throw new Error(`run ended (${this.report.status}: ${this.report.message ?? ''}) waiting for ${what}`);
      if (performance.now() - t0 > limitMs) throw new Error(`timed out waiting for ${what}; main printed ${JSON.stringify(this.mainOut())}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Waits until `n` commands have been echoed and the prompt is idle again. */
  async settled(n: number): Promise<void> {
    await this.until(`${n} commands`, () => this.mainOut().filter((t) => t.startsWith('>>> ')).length >= n && this.idle());
  }

  private idle(): boolean {
    // Asleep at the prompt = every command so far has been run and answered.
    return this.trace.lanes[0]?.state === ThreadState.Sleeping;
  }

  marks(label: string): number[] {
    return this.trace.marks.filter((m) => m.label === label).map((m) => m.value);
  }

  dispose(): void {
    this.driver.dispose();
  }
}

describe.each(runtimes)('bounded-queue on %s: the interactive lab on real workers', (_runtime, makeRun) => {
  let lab: Lab | null = null;
  afterEach(() => {
    lab?.dispose();
    lab = null;
  });

  it('put_nowait six times on an empty Queue(5): the sixth raises queue.Full at once', async () => {
    lab = new Lab({ produce: 0, consume: 0 }, 20, makeRun);
    expect(lab.trace.lanes.map((l) => l.name)).toEqual([MAIN_THREAD]);
    lab.send(...['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `q.put_nowait('${x}')`), 'q.qsize()', 'q.full()');
    await lab.settled(8);
    const out = lab.mainOut();
    expect(out[0]).toBe('(InteractiveConsole)');
    expect(out.slice(1)).toEqual([
      ">>> q.put_nowait('a')",
      ">>> q.put_nowait('b')",
      ">>> q.put_nowait('c')",
      ">>> q.put_nowait('d')",
      ">>> q.put_nowait('e')",
      ">>> q.put_nowait('f')",
      'Traceback (most recent call last):\n  File "<console>", line 1, in <module>\nqueue.Full',
      '>>> q.qsize()',
      '5',
      '>>> q.full()',
      'True',
    ]);
    const waited = lab.marks('queue.Full');
    expect(waited).toHaveLength(1);
    expect(waited[0]).toBeLessThan(0.5);
    expect(lab.report).toBeNull(); // the lab never ends on its own
  });

  it('put(block=True, timeout=3) on a full queue waits the 3 s, then raises queue.Full', async () => {
    lab = new Lab({ produce: 0, consume: 0, maxsize: 2 }, 10, makeRun);
    lab.send("q.put_nowait('a')", "q.put_nowait('b')");
    await lab.settled(2);
    const t0 = performance.now();
    lab.send("q.put('how', block=True, timeout=3)");
    await lab.settled(3);
    const realMs = performance.now() - t0;
    expect(lab.mainOut().at(-1)).toMatch(/\nqueue\.Full$/);
    const waited = lab.marks('queue.Full')[0] ?? NaN;
    expect(waited).toBeGreaterThanOrEqual(3);
    expect(waited).toBeLessThan(6);
    expect(realMs).toBeGreaterThanOrEqual(250); // 3 simulated s at speed 10
  });

  it('get(block=True, timeout=10) on an empty queue waits, then raises _queue.Empty; get_nowait raises at once', async () => {
    lab = new Lab({ produce: 0, consume: 0 }, 50, makeRun);
    lab.send('q.get(block=True, timeout=10)', 'q.get_nowait()', 'q.empty()');
    await lab.settled(3);
    const empties = lab.marks('_queue.Empty');
    expect(empties).toHaveLength(2);
    expect(empties[0]).toBeGreaterThanOrEqual(10);
    expect(empties[1]).toBeLessThan(0.5);
    expect(lab.mainOut().filter((t) => t.endsWith('\n_queue.Empty'))).toHaveLength(2);
    expect(lab.mainOut().at(-1)).toBe('True');
  });

  it('the lesson’s wrong lines typed at the prompt give Python’s TypeErrors, and the prompt goes on', async () => {
    lab = new Lab({ produce: 0, consume: 0 }, 20, makeRun);
    lab.send('q.put_nowait()', 'q.get(block=True,time=10)', "q.put_nowait('x')", 'q.get()');
    await lab.settled(4);
    const out = lab.mainOut().join('\n');
    expect(out).toContain(PUT_NOWAIT);
    expect(out).toContain("TypeError: Queue.get() got an unexpected keyword argument 'time'");
    expect(lab.mainOut().at(-1)).toBe("'x'");
  });

  it('shares the queue with the worker threads: a blocked put goes through when the consumer takes an item', async () => {
    // No producer; a consumer that takes one item every 2 s.
    lab = new Lab({ produce: 0, consume: 2, maxsize: 1 }, 20, makeRun);
    expect(lab.trace.lanes.map((l) => l.name)).toEqual([MAIN_THREAD, 'consumer']);
    lab.send("q.put_nowait('a')", "q.put('b', timeout=30)");
    await lab.settled(2);
    const l = lab;
    await l.until('the consumer got both', () => l.trace.console.filter((c) => c.worker === 1).length >= 2);
    expect(l.trace.console.filter((c) => c.worker === 1).map((c) => c.text)).toEqual(['got a', 'got b']);
    expect(l.marks('queue.Full')).toHaveLength(0);
  });
});
