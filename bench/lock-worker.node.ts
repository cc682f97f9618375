/**
 * Bench worker: takes the lock and bumps a shared counter in a loop until the
 * deadline, either with SharedLock (futex) or by asking the main thread for the
 * lock with postMessage (broker). Reports how many acquire/release pairs it did.
 */
import { parentPort } from 'node:worker_threads';
import { SharedLock } from '../src/runtime/lock';
import { realNowMs } from '../src/runtime/clock';
import { GATE_DEADLINE, GATE_GO, type FromLockWorker, type LockRunMsg, type ToLockWorker } from './protocol';

if (!parentPort) throw new Error('lock-worker must run as a worker thread');
const port = parentPort;

function send(m: FromLockWorker): void {
  port.postMessage(m);
}

// Checking the clock costs about as much as an uncontended acquire, so the
// futex loop looks at it once per batch; 64 pairs is far below a millisecond.
const BATCH = 64;

let grant: (() => void) | null = null;

function waitForGrant(): Promise<void> {
  return new Promise((resolve) => {
    grant = resolve;
  });
}

/** Blocks until the main thread says go; every worker of a run starts at once. */
function startGate(gate: SharedArrayBuffer): number {
  send({ type: 'ready' });
  const go = new Int32Array(gate, 0, 2);
  Atomics.wait(go, GATE_GO, 0);
  return new Float64Array(gate)[GATE_DEADLINE] ?? 0;
}

function runFutex(job: LockRunMsg): void {
  const lock = new SharedLock(new Int32Array(job.lockCells), 0);
  const counter = new Int32Array(job.counter);
  const deadline = startGate(job.gate);
  const t0 = realNowMs();
  let ops = 0;
  let t1: number;
  do {
    for (let k = 0; k < BATCH; k++) {
      lock.acquire(job.me, true, -1, realNowMs);
      // A plain read-modify-write: the exact final total proves the lock held.
      counter[0] = (counter[0] ?? 0) + 1;
      lock.release(0);
    }
    ops += BATCH;
    t1 = realNowMs();
  } while (t1 < deadline);
  send({ type: 'result', ops, t0, t1 });
}

async function runBroker(job: LockRunMsg): Promise<void> {
  const counter = new Int32Array(job.counter);
  const deadline = startGate(job.gate);
  const t0 = realNowMs();
  let ops = 0;
  let t1: number;
  do {
    send({ type: 'acquire' });
    await waitForGrant();
    counter[0] = (counter[0] ?? 0) + 1;
    // Fire-and-forget, as a real brokered release would be: the next acquire
    // queues behind it on the same port, so the broker sees them in order.
    send({ type: 'release' });
    ops++;
    t1 = realNowMs();
  } while (t1 < deadline);
  send({ type: 'result', ops, t0, t1 });
}

port.on('message', (m: ToLockWorker) => {
  if (m.type === 'grant') {
    const g = grant;
    grant = null;
    if (!g) throw new Error('grant without a pending acquire');
    g();
  } else if (m.mode === 'futex') {
    runFutex(m);
  } else {
    runBroker(m).catch((e: unknown) => {
      // Rethrown outside the promise so it surfaces as the worker's 'error' event.
      setImmediate(() => {
        throw e;
      });
    });
  }
});
send({ type: 'hello' });
