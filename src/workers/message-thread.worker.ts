/// <reference lib="webworker" />
/**
 * Browser entry of a simulated thread on the message runtime (no
 * SharedArrayBuffer): waits for its init, then runs, every call a message to
 * the page's broker.
 */
import { isToWorker } from '../message-runtime/protocol';
import { runMessageThread } from '../message-runtime/run-message-thread';
import { WorkerLink } from '../message-runtime/thread';

const link = new WorkerLink((m) => self.postMessage(m));
let started = false;

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  const m = e.data;
  if (isToWorker(m) && m.t === 'init') {
    if (started) return;
    started = true;
    void runMessageThread(m.init, link);
    return;
  }
  link.receive(m);
});
