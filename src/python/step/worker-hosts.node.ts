// Test support: worker steppers on Node worker_threads, each closed after its test (afterEach), so a failed
// test never leaves a run's workers behind.

import { afterEach } from 'vitest';
import { nodeSpawn } from '../vm/host/spawn.node';
import { WorkerStepHost } from './worker-remote';

const entry = new URL('../vm/workers/py-thread.node.ts', import.meta.url).href;

/** Call at a test file's top level: the returned function makes a host that is closed after the test. */
export function workerStepHosts(): () => WorkerStepHost {
  const hosts: WorkerStepHost[] = [];
  afterEach(() => {
    for (const h of hosts.splice(0)) h.close();
  });
  return () => {
    const h = new WorkerStepHost({ spawn: nodeSpawn, entry, timeoutMs: 60_000 });
    hosts.push(h);
    return h;
  };
}
