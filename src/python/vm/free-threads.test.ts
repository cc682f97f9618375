// Free-threaded mode (3.13t) in single-worker mode: no GIL, so threads may
// interleave between any two instructions. No 3.13t build exists on these
// machines (pyenv has 3.13.0 with the GIL only), so the expectations are the
// documented 3.13t behaviour (docs.python.org/3.13/howto/free-threading-python.html,
// cpython-facts.md): `x += 1` on a shared global loses updates; `list.append`
// is atomic (a per-object lock), so no append is lost; sys._is_gil_enabled()
// is False. With the GIL the same programs are exact, as CPython 3.12 measured.

import { describe, expect, it } from 'vitest';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';

const lib = libLoader();
const N = 3_000;

const counter = `import threading
counter = 0
def work():
    global counter
    for _ in range(${N}):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

const appends = `import threading
items = []
def work(tag):
    for i in range(${N}):
        items.append((tag, i))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(items), len(set(items)))
for k in range(4):
    mine = [i for tag, i in items if tag == k]
    assert mine == list(range(${N})), k
`;

function run(source: string, freeThreaded: boolean, seed = 1): { out: string; err: string } {
  const r = runProgram({ source, path: 'main.py', lib, freeThreaded, seed, timeLimitMs: 60_000 });
  return { out: r.stdout, err: r.stderr };
}

describe('free-threaded mode (no GIL)', () => {
  it('sys._is_gil_enabled() is False without the GIL and True with it (CPython 3.13.0 prints True)', () => {
    const src = 'import sys\nprint(sys._is_gil_enabled())\n';
    expect(run(src, true).out).toBe('False\n');
    expect(run(src, false).out).toBe('True\n');
  });

  it('4 threads × counter += 1 lose updates without the GIL, and end exact with it', () => {
    const free = [1, 2, 3].map((seed) => Number(run(counter, true, seed).out.trim()));
    expect(free.some((n) => n < 4 * N)).toBe(true);
    expect(free.every((n) => n >= N && n <= 4 * N)).toBe(true);
    expect(run(counter, false).out).toBe(`${4 * N}\n`);
  });

  it('list.append from 4 threads: no append lost or doubled, each thread in its order', () => {
    const r = run(appends, true, 7);
    expect(r.err).toBe('');
    expect(r.out).toBe(`${4 * N} ${4 * N}\n`);
  });

  it('hands over inside a statement: the threads\' appends interleave finely', () => {
    const src = `import threading
log = []
def work(tag):
    for i in range(200):
        log.append(tag)
ts = [threading.Thread(target=work, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(1 for a, b in zip(log, log[1:]) if a != b))
`;
    // With the GIL a thread keeps running for a 5 ms slice: a handful of runs. Without it, dozens.
    expect(Number(run(src, true, 3).out.trim())).toBeGreaterThan(20);
  });
});
