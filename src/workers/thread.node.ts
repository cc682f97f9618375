/** Node `worker_threads` entry of a simulated thread, for unit tests and benchmarks. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ThreadInit } from '../runtime/thread-context';
import { runThread } from './run-thread';

void runThread(workerData as ThreadInit).then((exit) => parentPort?.postMessage(exit));
