/**
 * Worker mode as the page's python host runs it (python-host-run.ts), on Node
 * worker_threads instead of Web Workers: the VmEvent stream it makes must
 * build the page's run model (VmTrace) with the program's output and exit
 * status as CPython 3.12 gives them.
 */
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../python/vm/host/spawn.node';
import type { VmEvent } from '../python/vm/events';
import { VmTrace } from '../trace/vm-trace';
import { runOnThreads } from './python-host-run';

const entry = new URL('../python/vm/workers/py-thread.node.ts', import.meta.url).href;

async function run(source: string): Promise<{ events: VmEvent[]; result: Awaited<ReturnType<typeof runOnThreads>['result']> }> {
  const events: VmEvent[] = [];
  const r = runOnThreads({ source, path: 'main.py', speed: Infinity }, nodeSpawn, (batch) => events.push(...batch), entry);
  const result = await r.result;
  return { events, result };
}

describe('runOnThreads', () => {
  it('turns a threaded program into the events of the page (CPython: thread 0, thread 1, done 1, status 4)', async () => {
    // Each thread prints in turn (join), so the order is CPython's own.
    const src = "import threading\n\ndef work(n):\n    print('thread', n)\n\nfor i in range(2):\n    t = threading.Thread(target=work, args=(i,))\n    t.start()\n    t.join()\nprint('done', threading.active_count())\nraise SystemExit(4)\n";
    const { events, result } = await run(src);
    expect(result).toEqual({ kind: 'done', status: 4 });
    const trace = new VmTrace('main.py');
    trace.apply(events);
    expect(trace.facts.printed.map((p) => p.text)).toEqual(['thread 0', 'thread 1', 'done 1']);
    expect(trace.facts.exitStatus).toBe(4);
    expect(events.at(-1)?.kind).toBe('exit');
    // Each line comes from the thread that printed it (CPython names them Thread-1 (work), Thread-2 (work)).
    // An ident names the thread that started with it last: a finished thread's slot, and so its ident, is reused (as CPython's).
    const writerOf = new Map<string, string>();
    const names = new Map<number, string>();
    for (const e of events) {
      if (e.kind === 'thread-start') names.set(e.ident, e.name);
      else if (e.kind === 'write' && !writerOf.has(e.text.trimEnd())) writerOf.set(e.text.trimEnd(), names.get(e.ident) ?? '');
    }
    const writer = (text: string): string | undefined => writerOf.get(text);
    expect([writer('thread 0'), writer('thread 1'), writer('done 1')]).toEqual(['Thread-1 (work)', 'Thread-2 (work)', 'MainThread']);
  }, 60_000);

  it('reports a syntax error as CPython does, with no worker started', async () => {
    const started: unknown[] = [];
    const r = runOnThreads({ source: 'x = (1,\n', path: 'main.py', speed: Infinity }, (init, on) => {
      started.push(init);
      return nodeSpawn(init, on);
    }, () => {}, entry);
    const result = await r.result;
    expect(result.kind).toBe('syntax');
    if (result.kind === 'syntax') expect(result.text).toContain("SyntaxError: '(' was never closed");
    expect(started).toHaveLength(0);
  });
});
