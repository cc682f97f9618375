// Rewrites conformance/passing-single.txt with every conformance program the VM passes
// (runs src/python/vm/conformance.test.ts with CONFORMANCE_WRITE=1); `workers` rewrites
// conformance/passing-workers.txt (worker mode, the threads subset).
import { spawnSync } from 'node:child_process';

// `workers`: conformance/passing-workers.txt from the worker-mode run of the threads subset instead.
const test = process.argv[2] === 'workers' ? 'src/python/vm/workers/conformance-workers.test.ts' : 'src/python/vm/conformance.test.ts';
const r = spawnSync('npx', ['vitest', 'run', test], {
  stdio: 'inherit',
  env: { ...process.env, CONFORMANCE_WRITE: '1', CONFORMANCE_VERBOSE: process.env.CONFORMANCE_VERBOSE ?? '' },
});
process.exitCode = r.status ?? 1;
