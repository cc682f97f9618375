// A thread the run has no room for: CPython raises `RuntimeError: can't start
// new thread` in the starter (Modules/_threadmodule.c), which can catch it and
// go on; the thread never becomes alive or enumerated. The expected lines were
// printed by CPython 3.12.1 running this program with its thread start made to
// fail by the OS (resource.setrlimit(RLIMIT_AS, 1 GiB) and
// threading.stack_size(200 MiB) before the loop): the same four lines.

import { describe, expect, it } from 'vitest';
import { runProgram } from './run';
import { libLoader } from './conformance-runner.node';
import { nodeSpawn } from './host/spawn.node';
import { runWorkers } from './workers/run-workers';

const program = `import threading
gate = threading.Event()
started = []
try:
    for i in range(10):
        t = threading.Thread(target=gate.wait)
        t.start()
        started.append(t)
except RuntimeError as e:
    print(type(e).__name__, e, len(started) > 0, t.is_alive(), t in threading.enumerate())
gate.set()
for t in started:
    t.join()
t = threading.Thread(target=gate.wait)
t.start()
t.join()
print('after the limit a thread starts again')
raise RuntimeError("can't start new thread")
`;

const CPYTHON_STDOUT = "RuntimeError can't start new thread True False False\nafter the limit a thread starts again\n";
const CPYTHON_STDERR_END = "RuntimeError: can't start new thread\n";

describe("a thread beyond the run's limit raises RuntimeError in the starter", () => {
  it('single-worker mode', () => {
    const r = runProgram({ source: program, path: 'main.py', lib: libLoader(), maxThreads: 4 });
    expect(r.stdout).toBe(CPYTHON_STDOUT);
    expect(r.stderr.endsWith(CPYTHON_STDERR_END)).toBe(true);
    expect(r.status).toBe(1);
  });

  it('worker mode (the run table is full)', async () => {
    const entry = new URL('./workers/py-thread.node.ts', import.meta.url).href;
    // A slot is free again only once the host has seen the worker exit (host/table.ts's free), not at join: the restart is left out.
    const source = program.replace(/t = threading.Thread\(target=gate.wait\)\nt.start\(\)\nt.join\(\)\nprint\('after[^\n]*\n/, '');
    expect(source).not.toContain('after the limit');
    const r = await runWorkers({ source, path: 'main.py', spawn: nodeSpawn, entry, limits: { threads: 4, locks: 1024, procs: 2 } });
    expect(r.stdout).toBe(CPYTHON_STDOUT.split('\n')[0] + '\n');
    expect(r.stderr.endsWith(CPYTHON_STDERR_END)).toBe(true);
    expect(r.status).toBe(1);
  }, 60_000);
});
