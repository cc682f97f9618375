/**
 * An exception's traceback lives in the heap (EXC_TRACEBACK, CPython's
 * tb_next chain as tuples), so an exception raised in one thread and
 * re-raised in another worker prints every frame it passed, with carets, as
 * CPython prints it.
 */
import { describe, expect, it } from 'vitest';
import { bootHeap } from '../heap';
import { runProgram } from './run';
import { attachProcess, emptyArgs } from './attach';
import { PyException, type PyVal } from './objects';
import { callInWorker } from './fixtures/attach-spawn.node';
import { nodeLib } from './lib-loader.node';

const PATH = '/tb/prog.py';
// CPython 3.12.1 runs this with a last line `main()`; here the other worker calls main.
const SOURCE = `import threading

def work(n):
    return n / 0

def run():
    global err
    try:
        work(1)
    except Exception as e:
        err = e

t = threading.Thread(target=run)
t.start()
t.join()

def reraise():
    raise err

def main():
    reraise()
`;

// What python3.12 prints for SOURCE + 'main()', without its '<module>' frame (main is called from outside here).
const CPYTHON = `Traceback (most recent call last):
  File "/tb/prog.py", line 21, in main
    reraise()
  File "/tb/prog.py", line 18, in reraise
    raise err
  File "/tb/prog.py", line 9, in run
    work(1)
  File "/tb/prog.py", line 4, in work
    return n / 0
           ~~^~~
ZeroDivisionError: division by zero
`;

function boot(): SharedArrayBuffer {
  const h = bootHeap({ bytes: 32 << 20 });
  expect(runProgram({ source: SOURCE, path: PATH, heap: h.buffer, lib: nodeLib() })).toEqual({ stdout: '', stderr: '', status: 0 });
  return h.buffer as SharedArrayBuffer;
}

describe('tracebacks in the heap', () => {
  it('the whole program in one worker prints what CPython prints', () => {
    const r = runProgram({ source: `${SOURCE}\nmain()\n`, path: PATH, lib: nodeLib() });
    const module = '  File "/tb/prog.py", line 23, in <module>\n    main()\n';
    expect(r.stderr).toBe(CPYTHON.replace('last):\n', `last):\n${module}`));
  });

  it('a second view of the heap re-raises a thread\'s exception with all its frames', () => {
    const b = attachProcess(boot(), { [PATH]: SOURCE });
    let err: unknown;
    try {
      b.call(b.toRef(b.globals.getStr('main') as PyVal), emptyArgs());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyException);
    expect(b.process.formatException(err as PyException)).toBe(CPYTHON);
  });

  it('a real worker_thread prints it', async () => {
    const r = await callInWorker({ heap: boot(), sources: { [PATH]: SOURCE }, func: 'main' });
    expect(r.error).toBe(CPYTHON);
  }, 60_000);
});
