/**
 * Pure-Python workloads timed in our VM (in this process, single-worker mode)
 * and in CPython 3.12 in the same run; prints VM / CPython per workload (issue
 * 10's target: within 3x). Never asserted: only the outputs are compared (the
 * VM must print what CPython prints). Each program times its own workload with
 * time.perf_counter(), so start-up, compiling and imports are left out on both
 * sides. Standalone: `npx tsx bench/vm-cpython.ts`.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { runProgram } from '../src/python/vm/run';
import { libLoader } from '../src/python/vm/conformance-runner.node.js';
import { gilSource } from '../src/scenarios/gil/source';

const ROUNDS = 3;

export interface Workload {
  label: string;
  /** Module-level definitions. */
  setup: string;
  /** Body of `def bench():`, indented 4; returns the value printed. */
  body: string;
}

/** The gil scenario's prime counting, as the lesson shows it, one thread doing the whole job. */
function primesSetup(): string {
  const src = gilSource({ work: 'cpu', workers: 1, limit: 60000, requests: 0, latency: 0, freethreaded: false }, 'en');
  return src.slice(0, src.indexOf('\ndef timed('));
}

export const WORKLOADS: Workload[] = [
  {
    label: 'integer loop (2M adds)',
    setup: '',
    body: '    total = 0\n    i = 0\n    while i < 2000000:\n        total += i & 7\n        i += 1\n    return total',
  },
  {
    label: 'function calls (500k)',
    setup: 'def add(a, b):\n    return a + b\n',
    body: '    s = 0\n    for i in range(500000):\n        s = add(s, i)\n    return s',
  },
  {
    label: 'list / dict / str work',
    setup: '',
    body:
      '    d = {}\n    out = []\n    for i in range(100000):\n        k = str(i % 1000)\n        d[k] = d.get(k, 0) + 1\n' +
      "        out.append(k + ':' + str(i))\n    out.sort()\n    return len(out), len(d), sum(d.values()), ','.join(out[:3])",
  },
  {
    label: 'method calls on objects',
    setup:
      'class Account:\n    def __init__(self, owner):\n        self.owner = owner\n        self.balance = 0\n' +
      '    def deposit(self, n):\n        self.balance += n\n        return self.balance\n',
    body: "    accts = [Account(f'a{i}') for i in range(10)]\n    for i in range(300000):\n        accts[i % 10].deposit(i)\n    return sum(a.balance for a in accts)",
  },
  {
    // Sorting (timsort.ts, keys compared natively), sorted() by refs, builtin method calls (builtin-method-cache.ts).
    label: 'sort / str methods',
    setup: '',
    body:
      '    words = [str(i * 7919 % 100003) for i in range(50000)]\n    a = sorted(words)\n    b = sorted(words, key=len, reverse=True)\n' +
      '    nums = [i * 7919 % 100003 for i in range(100000)]\n    nums.sort()\n    n = 0\n' +
      "    for w in ' '.join(words[:20000]).split():\n        n += len(w.upper()) + w.count('7')\n" +
      '    seen = {}\n    for w in words:\n        seen[w[:2]] = seen.get(w[:2], 0) + 1\n    return a[:2], b[:2], nums[-1], n, len(seen)',
  },
  {
    label: 'gil scenario primes (< 60000)',
    setup: primesSetup(),
    body: '    work(0, 1)\n    return None',
  },
];

export function program(w: Workload): string {
  return (
    `import time\n${w.setup}\ndef bench():\n${w.body}\n` +
    't0 = time.perf_counter()\nr = bench()\nt = time.perf_counter() - t0\nprint(r)\nprint("ELAPSED", t)\n'
  );
}

export function cpythonPath(): string | null {
  const pyenv = join(homedir(), '.pyenv', 'versions', '3.12.1', 'bin', 'python3');
  if (existsSync(pyenv)) return pyenv;
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] >= (3, 12))'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'True' ? 'python3' : null;
}

interface Run {
  out: string;
  ms: number;
}

function split(stdout: string): Run {
  const m = /ELAPSED (\S+)\n$/.exec(stdout);
  return { out: m ? stdout.slice(0, m.index) : stdout, ms: m ? Number(m[1]) * 1000 : NaN };
}

function runVm(source: string): Run {
  const r = runProgram({ source, path: '<bench>', lib: libLoader() });
  if (r.status !== 0) return { out: `status ${r.status}: ${r.stderr}`, ms: NaN };
  return split(r.stdout);
}

function runCpython(py: string, file: string): Run {
  const r = spawnSync(py, [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0' } });
  if (r.status !== 0) return { out: `status ${r.status}: ${r.stderr}`, ms: NaN };
  return split(r.stdout);
}

export interface VmRow {
  label: string;
  vmMs: number;
  cpyMs: number;
}

export interface VmBench {
  python: string | null;
  rows: VmRow[];
  bad: string[];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

export function benchVmCpython(): VmBench {
  const py = cpythonPath();
  const dir = mkdtempSync(join(tmpdir(), 'vm-bench-'));
  const rows: VmRow[] = [];
  const bad: string[] = [];
  for (const [i, w] of WORKLOADS.entries()) {
    const source = program(w);
    const file = join(dir, `w${i}.py`);
    writeFileSync(file, source);
    const vm: number[] = [];
    const cpy: number[] = [];
    runVm(source); // warm-up: the JIT, and the VM's first compile of these paths
    for (let k = 0; k < ROUNDS; k++) {
      const a = runVm(source);
      vm.push(a.ms);
      if (py) {
        const b = runCpython(py, file);
        cpy.push(b.ms);
        if (a.out !== b.out) bad.push(`${w.label}: VM printed ${JSON.stringify(a.out.slice(0, 120))}, CPython ${JSON.stringify(b.out.slice(0, 120))}`);
      } else if (Number.isNaN(a.ms)) bad.push(`${w.label}: ${a.out.slice(0, 200)}`);
    }
    rows.push({ label: w.label, vmMs: median(vm), cpyMs: py ? median(cpy) : NaN });
  }
  return { python: py, rows, bad };
}

export function printVmCpython(b: VmBench): void {
  if (!b.python) console.log('  (no CPython 3.12 found: VM times only)');
  console.log(`  ${'workload'.padEnd(32)} ${'VM ms'.padStart(9)} ${'CPython ms'.padStart(11)} ${'VM / CPython'.padStart(13)}`);
  for (const r of b.rows) {
    const ratio = r.vmMs / r.cpyMs;
    const shown = Number.isFinite(ratio) ? `${ratio.toFixed(1)}x` : '-';
    console.log(`  ${r.label.padEnd(32)} ${r.vmMs.toFixed(1).padStart(9)} ${r.cpyMs.toFixed(1).padStart(11)} ${shown.padStart(13)}`);
  }
}

if (process.argv[1]?.endsWith('vm-cpython.ts')) {
  console.log('Pure Python, our VM vs CPython 3.12 (median of 3 after a warm-up; never asserted; target within 3x)');
  const b = benchVmCpython();
  printVmCpython(b);
  if (b.bad.length) {
    console.error(b.bad.join('\n'));
    process.exitCode = 1;
  }
}
