/**
 * Worker mode (src/python/vm/workers): "Run → first Python line" when every
 * Python thread is its own worker_thread: from host.run() to the first write
 * of a one-line program (the main thread's worker starts under tsx, loads the
 * VM, boots a shared heap, compiles), and the same for a thread started by
 * `threading.Thread.start()` (its worker compiles the process's files before
 * taking the GIL). Printed, never asserted; the output is checked.
 */
import { nodeSpawn } from '../src/python/vm/host/spawn.node.js';
import { runWorkers } from '../src/python/vm/workers/run-workers';

const entry = new URL('../src/python/vm/workers/py-thread.node.ts', import.meta.url).href;
const RUNS = 5;
const FIRST = "print('first line')\n";
const THREADED = "import threading\nt = threading.Thread(target=print, args=('from the thread',))\nt.start()\nt.join()\n";

export interface VmWorkersBench {
  firstLineMs: number[];
  threadLineMs: number[];
  bad: string[];
}

async function timeToFirstWrite(source: string, want: string, bad: string[]): Promise<number> {
  const t0 = performance.now();
  let first = -1;
  let out = '';
  const r = await runWorkers({
    source, path: '/bench/first.py', spawn: nodeSpawn, entry,
    write: (fd, text) => {
      if (first < 0) first = performance.now() - t0;
      if (fd === 1) out += text;
    },
  });
  if (r.status !== 0 || out !== want) bad.push(`status ${r.status}, printed ${JSON.stringify(out)}`);
  return first;
}

export async function benchVmWorkers(): Promise<VmWorkersBench> {
  const bad: string[] = [];
  const firstLineMs: number[] = [];
  const threadLineMs: number[] = [];
  for (let i = 0; i < RUNS; i++) firstLineMs.push(await timeToFirstWrite(FIRST, 'first line\n', bad));
  for (let i = 0; i < RUNS; i++) threadLineMs.push(await timeToFirstWrite(THREADED, 'from the thread\n', bad));
  return { firstLineMs, threadLineMs, bad };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export function printVmWorkers(b: VmWorkersBench): void {
  console.log(`  Run → first Python line, worker mode (main thread's worker): median ${median(b.firstLineMs).toFixed(0)} ms of ${b.firstLineMs.map((x) => x.toFixed(0)).join(', ')}`);
  console.log(`  Run → first line printed by a started thread (two workers):   median ${median(b.threadLineMs).toFixed(0)} ms of ${b.threadLineMs.map((x) => x.toFixed(0)).join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void benchVmWorkers().then((b) => {
    printVmWorkers(b);
    if (b.bad.length) console.log(`  wrong: ${b.bad.join('; ')}`);
  });
}
