// Worker of bench/vmhost.ts on the VM's worker host: `handover` spins at an
// eval-breaker point for a fixed real time with a 1 µs switch interval, so
// the GIL changes hands as fast as CPython's algorithm allows; `startup`
// starts threads one after another and records when each arrived.
import { parentPort, workerData } from 'node:worker_threads';
import { realNowMs } from '../src/runtime/clock';
import type { ToHost, WorkerInit } from '../src/python/vm/host/protocol';
import { ThreadRuntime } from '../src/python/vm/host/thread-runtime';

export interface BenchPayload {
  job: 'handover' | 'startup';
  shared: SharedArrayBuffer;
  ms: number;
  starts: number;
  index?: number;
  doneLock?: number;
}

const init = workerData as WorkerInit<BenchPayload>;
const rt = new ThreadRuntime(init, (m: ToHost) => parentPort?.postMessage(m));
const p = init.payload;
const i32 = new Int32Array(p.shared);
const f64 = new Float64Array(p.shared);
const self = new URL(import.meta.url).href;
// Layout of `shared`: i32[0] hand-overs, i32[1] go flag; f64[1 + 2k] start call, f64[2 + 2k] arrival of start k.

function spin(): void {
  const g = rt.gil;
  const until = realNowMs() + p.ms;
  let n = 0;
  while (realNowMs() < until) if (g.breaker[g.breakerIndex] !== 0 && g.evalBreaker()) n++;
  Atomics.add(i32, 0, n);
}

rt.arrive();
if (p.index !== undefined) {
  if (p.job === 'startup') f64[2 + 2 * p.index] = realNowMs();
  else {
    Atomics.store(i32, 1, 1);
    rt.notify(-1);
    spin();
  }
} else {
  rt.gil.setSwitchInterval(1e-6);
  const n = p.job === 'startup' ? p.starts : 1;
  for (let k = 0; k < n; k++) {
    const doneLock = rt.allocateLock();
    rt.acquire(doneLock);
    f64[1 + 2 * k] = realNowMs();
    rt.startThread({ entry: self, name: `Thread-${k + 1}`, daemon: false, payload: { ...p, index: k, doneLock } });
    if (p.job === 'handover') {
      // Wait until the child runs, then contend with it for the GIL.
      rt.waitFor(-1, 'the child to arrive', null, () => Atomics.load(i32, 1) === 1);
      spin();
    }
    rt.acquire(doneLock);
  }
}
rt.exit(0, p.doneLock ?? null);
