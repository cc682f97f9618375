/** Node `worker_threads` entry of the Python VM (benchmarks, tests): batches and the result as messages. */
import { parentPort, workerData } from 'node:worker_threads';
import { libLoader } from '../python/vm/conformance-runner.node.js';
import { runVm, type VmRunRequest } from './python-vm-run';

const result = runVm(workerData as VmRunRequest, libLoader(), (batch, pausedAt) => parentPort?.postMessage({ kind: 'events', batch, pausedAt }));
parentPort?.postMessage({ kind: 'result', result });
