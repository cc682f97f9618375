// Worker mode's start-up, this tree against another checkout, side by side: each
// round runs both trees' bundled workers one after the other, so the box's load
// falls on both alike. Prints medians and the ratio (no assertions).
//   npx tsx scripts/worker-start-compare.ts BASE_ROOT [ROUNDS]
// BASE_ROOT: another checkout with node_modules (e.g. `git archive main | tar -x -C /tmp/base`
// and a symlink to this tree's node_modules).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Tree {
  name: string;
  dir: string;
  entry: string;
  run: (o: { source: string; path: string; stdin: string; spawn: unknown; entry: string; write: (fd: number, text: string) => void }) => Promise<{ status: number; stderr?: string }>;
  spawn: unknown;
}

const PROGRAMS: Record<string, { source: string; want: string }> = {
  'print(1)': { source: 'print(1)\n', want: '1\n' },
  '+1 thread': { source: "import threading\nt = threading.Thread(target=print, args=('t',))\nt.start()\nt.join()\n", want: 't\n' },
  '+4 threads': {
    source: "import threading\nts = [threading.Thread(target=print, args=(i,)) for i in range(4)]\nfor t in ts: t.start()\nfor t in ts: t.join()\n",
    want: '0\n',
  },
};

async function load(name: string, root: string): Promise<Tree> {
  const u = (p: string): string => pathToFileURL(join(root, p)).href;
  const build = (await import(u('src/engine/worker-bundle-build.node.ts'))) as { buildWorkerBundles(d: string): Promise<number> };
  const spawn = ((await import(u('src/python/vm/host/spawn.node.ts'))) as { nodeSpawn: unknown }).nodeSpawn;
  const run = ((await import(u('src/python/vm/workers/run-workers.ts'))) as { runWorkers: Tree['run'] }).runWorkers;
  const dir = mkdtempSync(join(tmpdir(), `cl-cmp-${name}-`));
  await build.buildWorkerBundles(dir);
  return { name, dir, entry: u('src/python/vm/workers/py-thread.node.ts'), run, spawn };
}

/** ms from the run's start to its first write of `want`'s first line, to the run's end, and the CPU ms of this process (all its worker threads) for the run. */
async function once(t: Tree, source: string, want: string): Promise<[number, number, number]> {
  process.env.CL_WORKER_BUNDLES = t.dir;
  const first = want.split('\n')[0] ?? '';
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let at = -1;
  let out = '';
  const r = await t.run({
    source, path: '/tmp/start.py', stdin: '', spawn: t.spawn, entry: t.entry,
    write: (fd, text) => {
      if (fd === 1) out += text;
      if (at < 0 && out.split('\n').includes(first)) at = performance.now() - t0;
    },
  });
  if (r.status !== 0 || at < 0) throw new Error(`${t.name}: status ${r.status}, printed ${JSON.stringify(out)} ${r.stderr ?? ''}`);
  const c = process.cpuUsage(c0);
  return [at, performance.now() - t0, (c.user + c.system) / 1000];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

const base = process.argv[2];
if (!base) throw new Error('usage: worker-start-compare.ts BASE_ROOT [ROUNDS]');
const rounds = Number(process.argv[3] ?? 5);
const trees = [await load('base', resolve(base)), await load('this', resolve(import.meta.dirname, '..'))];
try {
  for (const [name, p] of Object.entries(PROGRAMS)) {
    const firsts = new Map<string, number[]>(trees.map((t) => [t.name, []]));
    const ends = new Map<string, number[]>(trees.map((t) => [t.name, []]));
    const cpus = new Map<string, number[]>(trees.map((t) => [t.name, []]));
    for (let i = 0; i < rounds; i++) {
      for (const t of i % 2 ? [...trees].reverse() : trees) {
        const [a, e, c] = await once(t, p.source, p.want);
        cpus.get(t.name)?.push(c);
        firsts.get(t.name)?.push(a);
        ends.get(t.name)?.push(e);
      }
    }
    const f = (t: string): number => median(firsts.get(t) ?? []);
    const e = (t: string): number => median(ends.get(t) ?? []);
    const c = (t: string): number => median(cpus.get(t) ?? []);
    if (process.env.CMP_VERBOSE) console.log(name, JSON.stringify([...firsts]));
    console.log(`${name.padEnd(11)} first line: base ${f('base').toFixed(0)} ms, this ${f('this').toFixed(0)} ms (${(f('this') / f('base')).toFixed(2)}×)   whole run: base ${e('base').toFixed(0)}, this ${e('this').toFixed(0)} ms (${(e('this') / e('base')).toFixed(2)}×)   CPU: base ${c('base').toFixed(0)}, this ${c('this').toFixed(0)} ms (${(c('this') / c('base')).toFixed(2)}×)`);
  }
} finally {
  for (const t of trees) rmSync(t.dir, { recursive: true, force: true });
}
