import { describe, expect, it } from 'vitest';
import { PyException } from '../../runtime/errors';
import { type AsyncPyEnv, type PyEnv, type QueueValue, consoleTraceback, exceptionLine, pyRepr, runLine, runLineAsync } from './pyline';

/** A plain in-memory queue, to test the language without workers. */
function env(maxsize = 5): PyEnv & { items: QueueValue[]; out: string[] } {
  const items: QueueValue[] = [];
  const out: string[] = [];
  return {
    items,
    out,
    print: (t) => out.push(t),
    queue: {
      put(item) {
        if (items.length >= maxsize) throw new PyException('queue.Full', '', 0);
        items.push(item);
      },
      get() {
        const v = items.shift();
        if (v === undefined) throw new PyException('_queue.Empty', '', 0);
        return v;
      },
      qsize: () => items.length,
      empty: () => items.length === 0,
      full: () => items.length >= maxsize,
    },
  };
}

function raised(src: string, e = env()): string {
  try {
    runLine(src, e);
  } catch (x) {
    if (x instanceof PyException) return exceptionLine(x);
    throw x;
  }
  return 'no exception';
}

describe('pyline: the lesson’s lines, as Python 3 reports them', () => {
  it('print(q.full) prints the bound method, not an answer', () => {
    const e = env();
    expect(runLine('print(q.full)', e)).toBeNull();
    expect(e.out).toEqual(['<bound method Queue.full of <multiprocessing.queues.Queue object at 0x7f3a2c1d5e50>>']);
  });

  it("q.put_nowait() is missing 'obj'", () => {
    expect(raised('q.put_nowait()')).toBe("TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'");
  });

  it("q.get(block=True,time=10) has no keyword 'time'", () => {
    expect(raised('q.get(block=True,time=10)')).toBe("TypeError: Queue.get() got an unexpected keyword argument 'time'");
  });

  it('the corrected lines run', () => {
    const e = env();
    runLine('print(q.full())', e);
    runLine("q.put('how',block=True,timeout=3)", e);
    runLine("q.put_nowait('x')", e);
    runLine('print(q.get(block=True,timeout=10))', e);
    expect(e.out).toEqual(['False', 'how']);
    expect(e.items).toEqual(['x']);
  });
});

describe('pyline: binding a call as CPython does (messages checked against Python 3.11)', () => {
  const cases: [string, string][] = [
    ['q.put()', "TypeError: Queue.put() missing 1 required positional argument: 'obj'"],
    ['q.get(1,2,3)', 'TypeError: Queue.get() takes from 1 to 3 positional arguments but 4 were given'],
    ['q.qsize(1)', 'TypeError: Queue.qsize() takes 1 positional argument but 2 were given'],
    ['q.put_nowait(1,2)', 'TypeError: Queue.put_nowait() takes 2 positional arguments but 3 were given'],
    ['q.put(1,2,3,4)', 'TypeError: Queue.put() takes from 2 to 4 positional arguments but 5 were given'],
    ['q.put_nowait(1, obj=2)', "TypeError: Queue.put_nowait() got multiple values for argument 'obj'"],
    // Keywords are checked before the positional count, as in CPython.
    ['q.put(1,2,3,4,time=1)', "TypeError: Queue.put() got an unexpected keyword argument 'time'"],
    ['q.put(1,obj=2,time=3)', "TypeError: Queue.put() got multiple values for argument 'obj'"],
    ['q.empty(block=1)', "TypeError: Queue.empty() got an unexpected keyword argument 'block'"],
    ['q.foo', "AttributeError: 'Queue' object has no attribute 'foo'"],
    ['x.put(1)', "NameError: name 'x' is not defined"],
    ['q.put(obj=1,2)', 'SyntaxError: positional argument follows keyword argument'],
    ['q.get(', "SyntaxError: '(' was never closed"],
    ["q.put('a)", 'SyntaxError: unterminated string literal (detected at line 1)'],
    ['(1)(2)', "TypeError: 'int' object is not callable"],
    ['q.put(1,timeout="a")', 'TypeError: must be real number, not str'],
  ];
  it.each(cases)('%s', (src, message) => {
    expect(raised(src)).toBe(message);
  });

  it('a method left uncalled is shown as its repr, like the REPL', () => {
    expect(pyRepr(runLine('q.qsize', env()))).toBe('<bound method Queue.qsize of <multiprocessing.queues.Queue object at 0x7f3a2c1d5e50>>');
  });

  it('reprs strings as Python does', () => {
    expect(pyRepr(runLine("'a\\'b'", env()))).toBe('"a\'b"');
    expect(pyRepr(runLine('"x"', env()))).toBe("'x'");
    expect(pyRepr(runLine('q.full()', env()))).toBe('False');
  });

  it('block=False ignores the timeout; a negative timeout means do not wait (multiprocessing)', () => {
    const seen: (number | null)[] = [];
    const e = env();
    e.queue.get = (_block, timeout) => {
      seen.push(timeout);
      return 1;
    };
    runLine('q.get(block=False,timeout=-1)', e);
    runLine('q.get(True,-1)', e);
    runLine('q.get(timeout=2.5)', e);
    expect(seen).toEqual([null, 0, 2.5]);
  });

  it('formats the REPL traceback from <console>', () => {
    const e = new PyException('queue.Full', '', 0);
    expect(consoleTraceback(e, "q.put_nowait('x')")).toBe('Traceback (most recent call last):\n  File "<console>", line 1, in <module>\nqueue.Full');
  });
});

describe('explainLine: the lesson table, from the same binder', () => {
  it('says what each written line does, and that every corrected one runs', async () => {
    const { explainLine } = await import('./explain');
    const { LESSON_STATEMENTS } = await import('./lines');
    expect(LESSON_STATEMENTS.map((s) => explainLine(s.seed))).toEqual([
      { kind: 'prints', text: '<bound method Queue.full of <multiprocessing.queues.Queue object at 0x7f3a2c1d5e50>>' },
      { kind: 'runs' },
      { kind: 'raises', text: "TypeError: Queue.put_nowait() missing 1 required positional argument: 'obj'" },
      { kind: 'raises', text: "TypeError: Queue.get() got an unexpected keyword argument 'time'" },
    ]);
    expect(LESSON_STATEMENTS.map((s) => explainLine(s.fixed).kind)).toEqual(['runs', 'runs', 'runs', 'runs']);
  });
});

describe('runLineAsync: the same evaluation with every queue call and print awaited', () => {
  /** env(), each call answered a macrotask later, as a runtime's reply would be. */
  function later(e: PyEnv & { items: QueueValue[]; out: string[] }): AsyncPyEnv {
    const tick = <T>(f: () => T): Promise<T> =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          try {
            resolve(f());
          } catch (x) {
            reject(x instanceof Error ? x : new Error(String(x)));
          }
        }, 0),
      );
    return {
      print: (t) => tick(() => e.print(t)),
      queue: {
        put: (item, block, timeout) => tick(() => e.queue.put(item, block, timeout)),
        get: (block, timeout) => tick(() => e.queue.get(block, timeout)),
        qsize: () => tick(() => e.queue.qsize()),
        empty: () => tick(() => e.queue.empty()),
        full: () => tick(() => e.queue.full()),
      },
    };
  }

  it('runs the corrected lines as runLine does', async () => {
    const e = env();
    const a = later(e);
    for (const src of ['print(q.full())', "q.put('how',block=True,timeout=3)", "q.put_nowait('x')", 'print(q.get(block=True,timeout=10))']) {
      await runLineAsync(src, a);
    }
    expect(e.out).toEqual(['False', 'how']);
    expect(e.items).toEqual(['x']);
    expect(await runLineAsync('q.qsize()', a)).toBe(1);
    expect(await runLineAsync('  # nothing', a)).toBeNull();
  });

  it('calls in Python’s order, and a raise from the queue ends the line there', async () => {
    const e = env(1);
    const a = later(e);
    await runLineAsync('print(q.put_nowait(1), q.qsize(), q.full())', a);
    expect(e.out).toEqual(['None 1 True']);
    await expect(runLineAsync("print(q.put_nowait('y'))", a)).rejects.toMatchObject({ pyType: 'queue.Full' });
    expect(e.out).toHaveLength(1);
    await expect(runLineAsync('q.put_nowait()', a)).rejects.toMatchObject({ pyType: 'TypeError' });
    await expect(runLineAsync('q.get(', a)).rejects.toMatchObject({ pyType: 'SyntaxError' });
  });
});
