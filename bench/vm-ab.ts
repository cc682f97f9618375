/**
 * A/B of the VM in one process: the VM of each given source tree (its own module graph) runs each workload
 * of vm-cpython.ts in turn, N rounds, so both sides see the same minute of a shared machine. Counts CPU
 * time (process.cpuUsage), not wall time: on a machine whose load is far above its cores a descheduled
 * run's wall time says nothing. The VM's column includes its start-up (the `start-up` row: a program that
 * does nothing), CPython's is the workload's `time.process_time()`. Never asserted.
 * `AB_N=5 npx tsx bench/vm-ab.ts /path/to/before /path/to/after` (each a checkout with node_modules).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { WORKLOADS, program, cpythonPath } from './vm-cpython';

interface Vm {
  run(o: { source: string; path: string; lib: unknown }): { stdout: string };
  lib(): unknown;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function load(tree: string): Promise<Vm> {
  const run = (await import(join(tree, 'src/python/vm/run.ts'))) as { runProgram: Vm['run'] };
  const lib = (await import(join(tree, 'src/python/vm/conformance-runner.node.js'))) as { libLoader: Vm['lib'] };
  return { run: run.runProgram, lib: lib.libLoader };
}

function cpuMs(vm: Vm, source: string): number {
  const u0 = process.cpuUsage();
  vm.run({ source, path: '<bench>', lib: vm.lib() });
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  const trees = process.argv.slice(2).map((t) => resolve(t));
  if (!trees.length) throw new Error('usage: bench/vm-ab.ts TREE [TREE...]');
  const n = Number(process.env.AB_N ?? 5);
  const py = cpythonPath();
  const vms = await Promise.all(trees.map(load));
  const dir = mkdtempSync(join(tmpdir(), 'vm-ab-'));
  console.log(`VM CPU ms per tree (median of ${n}, min in brackets, ratio to CPython's process_time), trees: ${trees.join(' | ')}`);
  const rows = [{ label: 'start-up', source: 'pass\n', cpu: false }, ...WORKLOADS.map((w) => ({ label: w.label, source: program(w), cpu: true }))];
  for (const [i, w] of rows.entries()) {
    const file = join(dir, `w${i}.py`);
    writeFileSync(file, w.source.replace(/perf_counter/g, 'process_time'));
    for (const vm of vms) cpuMs(vm, w.source); // warm-up
    const t: number[][] = trees.map(() => []);
    const c: number[] = [];
    for (let k = 0; k < n; k++) {
      vms.forEach((vm, j) => t[j]?.push(cpuMs(vm, w.source)));
      if (py && w.cpu) {
        const out = spawnSync(py, [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0' } }).stdout;
        c.push(Number(/ELAPSED (\S+)\n$/.exec(out)?.[1]) * 1000);
      }
    }
    const cm = median(c);
    const cols = t.map((xs) => `${median(xs).toFixed(0).padStart(6)} (${Math.min(...xs).toFixed(0)})${w.cpu ? ` ${(median(xs) / cm).toFixed(1)}x` : ''}`);
    console.log(`  ${w.label.padEnd(30)} ${w.cpu ? `cpy ${cm.toFixed(0).padStart(4)}` : '        '} | ${cols.join(' | ')}`);
  }
}

void main();
