import { describe, expect, it } from 'vitest';
import { tsWorker } from '../engine/ts-worker.node';
import { SharedMailbox } from '../runtime/mailbox';
import type { VmEvent } from '../python/vm/events';
import type { VmRunRequest, VmRunResult } from './python-vm-run';

const entry = new URL('./python-vm.node.ts', import.meta.url);

type Message = { kind: 'events'; batch: VmEvent[] } | { kind: 'result'; result: VmRunResult };

/**
 * Runs source in a real worker; `typist` sees stdout so far and returns the
 * next line to type (or null to wait), as a person at the console would.
 */
function session(source: string, typist: (out: string) => string | null): Promise<{ out: string; events: VmEvent[]; result: VmRunResult }> {
  const input = SharedMailbox.create({ slots: 8, slotBytes: 256 });
  const box = new SharedMailbox(input);
  const req: VmRunRequest = { source, path: '/tmp/prog.py', speed: 100, input };
  const w = tsWorker(entry, req);
  const events: VmEvent[] = [];
  let out = '';
  return new Promise<{ out: string; events: VmEvent[]; result: VmRunResult }>((resolve, reject) => {
    w.on('message', (m: Message) => {
      if (m.kind === 'result') return resolve({ out, events, result: m.result });
      for (const e of m.batch) {
        events.push(e);
        if (e.kind === 'write') out += e.text;
      }
      const line = typist(out);
      if (line !== null) box.send(line);
    });
    w.once('error', reject);
  }).finally(() => void w.terminate());
}

/** Types each line once its prompt is the last thing printed. */
function script(lines: string[], prompts: string[]): (out: string) => string | null {
  let i = 0;
  return (out) => {
    if (i >= lines.length || !prompts.some((p) => out.endsWith(p))) return null;
    // Only once per prompt: the echo moves the end of the output on.
    return lines[i++] ?? null;
  };
}

describe('typed input while a program runs (page console)', () => {
  it('code.interact on the program\'s own namespace: the session reads as CPython 3.12 prints it', async () => {
    const source = [
      'import code, queue, sys',
      'sys.stderr = sys.stdout',
      'q = queue.Queue(5)',
      "code.interact(banner='', local=globals(), exitmsg='')",
      '',
    ].join('\n');
    const lines = ['q.put([1, 2])', 'x = q.get()', 'x', 'for i in range(3): q.put(i)', '', 'q.qsize()', 'len(str(q.qsize()))', 'q.get_nowait', 'q.full()', '1/0', 'exit', 'exit()'];
    const { out, result } = await session(source, script(lines, ['>>> ', '... ']));
    expect(result).toEqual({ kind: 'done', status: 0 });
    // What CPython 3.12 prints for this session with each typed line echoed after its prompt
    // (checked by running the same program under `script(1)`-style echo; see vm/testdata/cases.py's REPL case).
    expect(out.split('\n').slice(0, 12)).toEqual([
      '>>> q.put([1, 2])',
      '>>> x = q.get()',
      '>>> x',
      '[1, 2]',
      '>>> for i in range(3): q.put(i)',
      '... ',
      '>>> q.qsize()',
      '3',
      '>>> len(str(q.qsize()))',
      '1',
      '>>> q.get_nowait',
      expect.stringMatching(/^<bound method Queue\.get_nowait of <queue\.Queue object at 0x[0-9a-f]+>>$/),
    ]);
    expect(out).toContain('>>> q.full()\nFalse\n>>> 1/0\nTraceback (most recent call last):\n  File "<console>", line 1, in <module>\nZeroDivisionError: division by zero\n');
    expect(out).toContain(">>> exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n");
  }, 60_000);

  it('other threads run while the main thread waits for a line (input() releases the GIL)', async () => {
    const source = [
      'import threading, time',
      'def ticker():',
      '    for i in range(3):',
      '        time.sleep(0.5)',
      "        print('tick', i)",
      'threading.Thread(target=ticker).start()',
      "name = input('name? ')",
      "print('hello', name)",
      '',
    ].join('\n');
    // The line is typed only after the ticker has printed all three ticks.
    const { out, result } = await session(source, (o) => (o.includes('tick 2\n') && !o.includes('hello') ? 'Ada' : null));
    expect(result).toEqual({ kind: 'done', status: 0 });
    expect(out).toBe('name? tick 0\ntick 1\ntick 2\nAda\nhello Ada\n');
  }, 60_000);
});
