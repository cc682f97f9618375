/**
 * Runs one Python file in the VM (single-worker, in this process), N times, and
 * prints its output: the harness for profiling one workload,
 * `npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/vm-one.ts prog.py [N]`.
 */
import { readFileSync } from 'node:fs';
import { runProgram } from '../src/python/vm/run';
import { libLoader } from '../src/python/vm/conformance-runner.node.js';

const file = process.argv[2];
if (!file) throw new Error('usage: bench/vm-one.ts prog.py [runs]');
const src = readFileSync(file, 'utf8');
const n = Number(process.argv[3] ?? 1);
for (let i = 0; i < n; i++) {
  const r = runProgram({ source: src, path: file, lib: libLoader() });
  process.stdout.write(r.stdout + r.stderr);
}
