/**
 * The lab's `>>>` (CPython's code.interact in the program's main thread) in
 * worker mode: every thread on a worker of its own, the typed lines through
 * the console's mailbox the page uses (src/python/vm/host/stdin.ts). Each
 * session's transcript is CPython 3.12's (testdata/cpython.json), as it is on
 * one worker (bounded-queue.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SharedMailbox } from '../../runtime/mailbox';
import { guardedRun } from '../../python/vm/workers/guarded-run.node';
import { paramDefaults } from '../scenario';
import { boundedQueueScenario } from './scenario';
import { bannerless } from './transcript.node';
import { VmTrace, type VmFacts } from '../../trace/vm-trace';
import { stuckCall } from './analysis';

interface Session {
  name: string;
  maxsize: number;
  lines: string[];
  transcript: string;
  status: number;
}
const cpython = JSON.parse(readFileSync(new URL('./testdata/cpython.json', import.meta.url), 'utf8')) as { sessions: Session[] };

async function onWorkers(maxsize: number, typed: readonly string[], helpers = { produce: 0, consume: 0 }): Promise<{ all: string; status: number; facts: VmFacts }> {
  const params = { ...paramDefaults(boundedQueueScenario), variant: 'lab', maxsize, ...helpers };
  const buffer = SharedMailbox.create({ slots: 64, slotBytes: 1024 });
  const box = new SharedMailbox(buffer);
  for (const l of typed) expect(box.send(l)).toBe(true);
  let all = '';
  // The page's reading of the run: the worker's events through VmTrace, as store/vm-run.ts applies them.
  const trace = new VmTrace('main.py', boundedQueueScenario.vm?.watch ?? [], null);
  const r = await guardedRun({ source: boundedQueueScenario.source(params, 'en').code, path: 'main.py', input: buffer, write: (_, text) => void (all += text), onEvents: (b) => void trace.apply(b) });
  return { all, status: r.status, facts: trace.facts };
}

describe('the lab’s REPL in worker mode', () => {
  it.each(cpython.sessions.map((s) => [s.name, s] as const))('%s: the transcript is CPython 3.12’s', async (_, s) => {
    const r = await onWorkers(s.maxsize, s.lines);
    expect(bannerless(r.all)).toBe(s.transcript);
    expect(r.status).toBe(s.status);
  }, 120_000);

  it('a blocking put at >>> on a full queue that no thread will empty is the deadlock it is on one worker (status 3), not a wait for input', async () => {
    const r = await onWorkers(1, ['q.put(1)', 'q.put(2)']);
    expect(r.status).toBe(3);
    expect(r.all).toMatch(/deadlock: every thread is blocked with nothing left to wake it: MainThread waits on Queue\.put\n$/);
    // The lab's verdict reads the stuck call from the main thread's reported wait.
    expect(stuckCall(r.facts)).toBe('Queue.put');
  }, 120_000);

  it('with the consumer on its own worker, a blocking put at >>> waits until it takes an item, then the prompt is back', async () => {
    const r = await onWorkers(1, ['q.put(1)', 'q.put(2)', 'q.qsize()', 'exit()'], { produce: 0, consume: 0.5 });
    expect(r.status).toBe(0);
    expect(r.all).toContain('got 1');
    expect(r.all).toContain('>>> q.put(2)\n');
  }, 120_000);
});
