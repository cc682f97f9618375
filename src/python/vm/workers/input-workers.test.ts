/**
 * Worker mode: input() and sys.stdin on one run-wide stdin (host/stdin.ts).
 * With a pipe (the CLI's stdin) the output is CPython 3.12's for the same
 * stdin (testdata/*.stdin, *.expected.json from testdata/gen-expect.py); with
 * typed lines (the page's console, a SharedMailbox) a thread waiting in
 * input() blocks with the GIL released, so the others keep printing, and
 * wakes when a line is sent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SharedMailbox } from '../../../runtime/mailbox';
import { guardedRun, readExpected } from './guarded-run.node';
import type { WorkerRunResult } from './run-workers';

const dir = new URL('./testdata/', import.meta.url);

async function piped(name: string): Promise<WorkerRunResult> {
  const read = (ext: string): string => readFileSync(new URL(`${name}.${ext}`, dir), 'utf8');
  return guardedRun({ source: read('py'), path: `${name}.py`, stdin: read('stdin') });
}

/**
 * Runs `source` with a console: each time the output so far matches the next
 * `when`, its line is typed. Resolves with the output as the host printed it.
 */
async function typed(source: string, script: { when: RegExp; line: string }[]): Promise<WorkerRunResult & { out: string }> {
  const buffer = SharedMailbox.create({ slots: 16, slotBytes: 1024 });
  const box = new SharedMailbox(buffer);
  let out = '';
  let next = 0;
  const r = await guardedRun({
    source,
    path: 'main.py',
    input: buffer,
    write: (fd, text) => {
      if (fd !== 1) return;
      out += text;
      const s = script[next];
      if (s && s.when.test(out)) {
        next++;
        expect(box.send(s.line)).toBe(true);
      }
    },
  });
  return { ...r, out };
}

describe('worker mode: input()', () => {
  it("reads a pipe in the main thread, a started thread and sys.stdin.readline as CPython; a child process reads EOF (os.devnull)", async () => {
    expect(await piped('input_lines')).toMatchObject(readExpected(dir, 'input_lines'));
  }, 120_000);

  it('raises EOFError: EOF when reading a line at the end of the pipe, after the prompt, as CPython', async () => {
    expect(await piped('input_eof')).toMatchObject(readExpected(dir, 'input_eof'));
  }, 120_000);

  it('the main thread waits for a typed line with the GIL released: another thread prints meanwhile', async () => {
    const source = [
      'import threading, time',
      'def ticker():',
      '    for i in range(5):',
      "        print('tick', i)",
      '        time.sleep(0.01)',
      't = threading.Thread(target=ticker)',
      't.start()',
      "name = input('name? ')",
      't.join()',
      "print('hello', name)",
      '',
    ].join('\n');
    // The line is typed only once the ticker is done: it ran to its end while the main thread sat in input().
    const r = await typed(source, [{ when: /tick 4\n/, line: 'Ada' }]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('name? ');
    // The typed line is echoed as a terminal shows it, then the program goes on.
    expect(r.out.endsWith('tick 4\nAda\nhello Ada\n')).toBe(true);
    expect(r.out.match(/tick \d/g)).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3', 'tick 4']);
  }, 120_000);

  it("a started thread waits for a typed line while the main thread keeps printing; two lines go to two readers in order", async () => {
    const source = [
      'import threading, time',
      'got = []',
      'def reader():',
      "    got.append(input('thread> '))",
      'r = threading.Thread(target=reader)',
      'r.start()',
      'i = 0',
      'while r.is_alive():',
      "    print('main', i)",
      '    i += 1',
      '    time.sleep(0.01)',
      "print('thread got', got, 'main printed', i >= 3)",
      "print('main got', input('main> '))",
      '',
    ].join('\n');
    const r = await typed(source, [
      { when: /thread> [^]*main 3\n/, line: 'from the page' },
      { when: /main> $/, line: 'second' },
    ]);
    expect(r.status).toBe(0);
    expect(r.out).toContain("thread got ['from the page'] main printed True\n");
    expect(r.out.endsWith('main> second\nmain got second\n')).toBe(true);
  }, 120_000);
});
