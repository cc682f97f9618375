/**
 * Builtins cross workers by registered name (named.ts): a module global, a
 * dict value and a list item holding `len`, `print`, `time.sleep`,
 * `math.sqrt`, `os.path.join`, `str.upper` (an unbound method of a builtin
 * type) or `sold.append` (a builtin bound to a heap list) are read and called
 * by another worker, which resolves each name to its own builtin.
 */
import { describe, expect, it } from 'vitest';
import { bootHeap } from '../heap';
import { runProgram } from './run';
import { attachProcess, emptyArgs } from './attach';
import * as ops from './ops';
import { PyException, type PyVal } from './objects';
import { callInWorker } from './fixtures/attach-spawn.node';
import { nodeLib } from './lib-loader.node';

const PATH = '/named/prog.py';
const SOURCE = `import time, math, os, threading
f = len
p = print
g = {'sleep': time.sleep, 'sqrt': math.sqrt, 'join': os.path.join, 'now': time.monotonic}
items = [abs, str.upper, list.append]
sold = []
add = sold.append
lk = threading.Lock()
acq = lk.acquire

def use():
    add('y')
    items[2](sold, 'z')
    t0 = g['now']()
    g['sleep'](2.5)
    p('from b', f(sold), g['sqrt'](16.0), items[1]('abc'), g['join']('a', 'b'), items[0](-3), sep='|')
    return (repr(f), repr(p), f is len, items[2] is list.append, g['sleep'] is time.sleep,
            type(add).__name__, add.__self__ is sold, g['now']() - t0 >= 2.5, sold)

def use_lock():
    return acq()
`;

const USE_RESULT =
  "('<built-in function len>', '<built-in function print>', True, True, True, 'builtin_function_or_method', True, True, ['y', 'z'])";

function boot(): SharedArrayBuffer {
  const h = bootHeap({ bytes: 32 << 20 });
  const r = runProgram({ source: SOURCE, path: PATH, heap: h.buffer, lib: nodeLib() });
  expect(r).toEqual({ stdout: '', stderr: '', status: 0 });
  return h.buffer as SharedArrayBuffer;
}

describe('builtins as named refs', () => {
  it('a second view of the heap (fresh tables, its own builtins) calls what the first stored', () => {
    const buffer = boot();
    let out = '';
    const b = attachProcess(buffer, { [PATH]: SOURCE }, { write: (_fd, t) => void (out += t) });
    const use = b.globals.getStr('use') as PyVal;
    expect(ops.repr(b.fromRef(b.call(b.toRef(use), emptyArgs())) as PyVal)).toBe(USE_RESULT);
    expect(out).toBe('from b|2|4.0|ABC|a/b|3\n');
    // b's own builtins, not copies: the names resolve to what b's process made.
    expect(b.globals.getStr('f')).toBe(b.process.builtins.getStr('len'));
  });

  it('a real worker_thread reads them from globals, a dict and a list, and calls them', async () => {
    const buffer = boot();
    const r = await callInWorker({ heap: buffer, sources: { [PATH]: SOURCE }, func: 'use' });
    expect(r.error).toBeUndefined();
    expect(r.result).toBe(USE_RESULT);
    expect(r.stdout).toBe('from b|2|4.0|ABC|a/b|3\n');
  }, 60_000);

  it('a builtin bound to a worker-local object (a lock) is refused, not misread', () => {
    const buffer = boot();
    const b = attachProcess(buffer, { [PATH]: SOURCE });
    let err: unknown;
    try {
      b.call(b.toRef(b.globals.getStr('use_lock') as PyVal), emptyArgs());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyException);
    const e = err as PyException;
    expect([e.cls.name, e.args[0]]).toEqual(['NotImplementedError', "'lock' object shared between threads is not supported yet"]);
  });
});
