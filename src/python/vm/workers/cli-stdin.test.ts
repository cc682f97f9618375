/**
 * `npm run py -- FILE.py` reads its stdin for input() as `python3.12 FILE.py`
 * does: the same output for the same piped stdin (testdata/*.stdin against
 * CPython 3.12's *.expected.json), in worker mode (the default) and on one
 * worker (`--single-worker`). The CLI is scripts/py.ts, run as a process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readExpected } from './guarded-run.node';

const dir = new URL('./testdata/', import.meta.url);
const root = fileURLToPath(new URL('../../../../', import.meta.url));

function cli(name: string, flags: string[]): { stdout: string; stderr: string; status: number } {
  const stdin = readFileSync(new URL(`${name}.stdin`, dir), 'utf8');
  // The program's own path, relative to testdata, as the expected tracebacks name it.
  const r = spawnSync('npx', ['tsx', `${root}scripts/py.ts`, ...flags, `${name}.py`], { cwd: fileURLToPath(dir), input: stdin, encoding: 'utf8', timeout: 240_000 });
  return { stdout: r.stdout, stderr: r.stderr.replaceAll(fileURLToPath(new URL(`${name}.py`, dir)), `${name}.py`), status: r.status ?? -1 };
}

describe('npm run py: input() reads stdin', () => {
  for (const flags of [[], ['--single-worker']]) {
    const mode = flags.length ? 'one worker' : 'worker mode';
    it(`${mode}: a pipe read by the main thread, a thread and sys.stdin.readline; a child process reads EOF`, () => {
      expect(cli('input_lines', flags)).toEqual(readExpected(dir, 'input_lines'));
    }, 240_000);
    it(`${mode}: EOFError at the end of stdin, after the prompt, status 1`, () => {
      expect(cli('input_eof', flags)).toEqual(readExpected(dir, 'input_eof'));
    }, 240_000);
  }
});
