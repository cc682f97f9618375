/** Node `worker_threads` entry of a simulated thread on the message runtime, for unit tests. */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessageThreadInit } from '../message-runtime/protocol';
import { runMessageThread } from '../message-runtime/run-message-thread';
import { WorkerLink } from '../message-runtime/thread';

const port = parentPort;
if (port) {
  const link = new WorkerLink((m) => port.postMessage(m));
  port.on('message', (m: unknown) => link.receive(m));
  void runMessageThread(workerData as MessageThreadInit, link);
}
