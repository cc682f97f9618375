// Before/after of moving the VM's objects into the heap: the same Python
// workloads through two checkouts' runProgram, best of N, printed as ms and
// the ratio. Usage: npx tsx bench/vm-heap.ts [OTHER_CHECKOUT] (default /work/main).
import { resolve } from 'node:path';

const WORK: Record<string, string> = {
  'integer loop': 'n = 0\nfor i in range(300000):\n    n += i % 7\nprint(n)\n',
  'list/dict work': 'd = {}\nl = []\nfor i in range(60000):\n    l.append(i)\n    d[i % 1000] = l[-1] + d.get(i % 1000, 0)\nprint(len(l), sum(d.values()))\n',
  'str keys': "d = {}\nfor i in range(40000):\n    k = 'k' + str(i % 500)\n    d[k] = d.get(k, 0) + 1\nprint(len(d))\n",
  'method calls': 'class A:\n    def __init__(self):\n        self.n = 0\n    def inc(self, k):\n        self.n += k\na = A()\nfor i in range(100000):\n    a.inc(1)\nprint(a.n)\n',
  'function calls': 'def f(a, b=1):\n    return a + b\nt = 0\nfor i in range(100000):\n    t = f(t)\nprint(t)\n',
};

type Run = (o: { source: string; path: string }) => { stdout: string };

async function load(root: string): Promise<Run> {
  const m = (await import(resolve(root, 'src/python/vm/run.ts'))) as { runProgram: Run };
  return m.runProgram;
}

function best(run: Run, source: string, reps: number): [number, string] {
  let min = Infinity;
  let out = '';
  for (let k = 0; k < reps; k++) {
    const t = performance.now();
    out = run({ source, path: 'bench.py' }).stdout;
    min = Math.min(min, performance.now() - t);
  }
  return [min, out];
}

const other = process.argv[2] ?? '/work/main';
const before = await load(other);
const after = await load(resolve(import.meta.dirname, '..'));
console.log(`workload             before(ms)  after(ms)  after/before   (before = ${other})`);
for (const [name, src] of Object.entries(WORK)) {
  const [b, ob] = best(before, src, 5);
  const [a, oa] = best(after, src, 5);
  if (ob !== oa) console.log(`  ${name}: outputs differ: ${JSON.stringify(ob)} vs ${JSON.stringify(oa)}`);
  console.log(`${name.padEnd(20)} ${b.toFixed(0).padStart(10)} ${a.toFixed(0).padStart(10)} ${(a / b).toFixed(2).padStart(13)}`);
}
