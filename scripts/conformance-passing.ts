// Rewrites conformance/passing-single.txt with every conformance program the VM passes
// (runs src/python/vm/conformance.test.ts with CONFORMANCE_WRITE=1).
import { spawnSync } from 'node:child_process';

const r = spawnSync('npx', ['vitest', 'run', 'src/python/vm/conformance.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CONFORMANCE_WRITE: '1', CONFORMANCE_VERBOSE: process.env.CONFORMANCE_VERBOSE ?? '' },
});
process.exitCode = r.status ?? 1;
