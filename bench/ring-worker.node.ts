/**
 * Bench worker: produces `n` events, either written into a shared ByteRing
 * with writeEvent (blocking when it is full) or encoded with encodeEvent and
 * sent as one postMessage each.
 */
import { parentPort } from 'node:worker_threads';
import { ByteRing } from '../src/runtime/ring';
import { encodeEvent } from '../src/runtime/events';
import { realNowMs } from '../src/runtime/clock';
import { BATCH_RECORDS, benchEvent, GATE_GO, type FromRingWorker, type RingRunMsg, type ToRingWorker } from './protocol';

if (!parentPort) throw new Error('ring-worker must run as a worker thread');
const port = parentPort;

function send(m: FromRingWorker): void {
  port.postMessage(m);
}

function encode(i: number): Uint8Array {
  const e = benchEvent(i);
  return encodeEvent(e.t, e.kind, e.line, e.a, e.b, e.text);
}

function run(job: RingRunMsg): void {
  send({ type: 'ready' });
  Atomics.wait(new Int32Array(job.gate, 0, 2), GATE_GO, 0);
  const t0 = realNowMs();
  if (job.mode === 'ring' || job.mode === 'batch') {
    // The runtime's own path: each record encoded straight into the ring;
    // 'batch' publishes BATCH_RECORDS records with one store.
    const ring = new ByteRing(job.ring);
    if (job.mode === 'batch') ring.publishEvery = BATCH_RECORDS;
    for (let i = 0; i < job.n; i++) {
      const e = benchEvent(i);
      ring.writeEvent(e.t, e.kind, e.line, e.a, e.b, e.text);
    }
    ring.publish();
  } else {
    // Copied by structured clone, not transferred: for ~40-byte records a
    // transfer (detaching a buffer) costs more than the copy it saves.
    for (let i = 0; i < job.n; i++) send(encode(i));
  }
  // Sent on the same port after the last event, so in 'post' mode the main
  // thread receives it only after every event message.
  send({ type: 'sent', t0, t1: realNowMs() });
}

port.on('message', (m: ToRingWorker) => run(m));
send({ type: 'hello' });
