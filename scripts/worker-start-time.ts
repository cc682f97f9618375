// Prints how long worker mode takes to run a one-line program and one with a started thread,
// on the tsx path and on the bundled workers (no assertions: a measurement for WORKER-MODE.md).
//   npx tsx scripts/worker-start-time.ts [ROUNDS]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkerBundles } from '../src/engine/worker-bundle-build.node.js';
import { BUNDLES_ENV } from '../src/engine/worker-bundle.node.js';
import { nodeSpawn } from '../src/python/vm/host/spawn.node.js';
import { runWorkers } from '../src/python/vm/workers/run-workers.js';

const entry = new URL('../src/python/vm/workers/py-thread.node.ts', import.meta.url).href;
const PROGRAMS: Record<string, string> = {
  'main only': 'print(1)\n',
  '+1 thread': 'import threading\nt = threading.Thread(target=print, args=(1,))\nt.start()\nt.join()\n',
};
const rounds = Number(process.argv[2] ?? 3);

async function timeRun(source: string): Promise<number> {
  const t0 = performance.now();
  const r = await runWorkers({ source, path: '/tmp/start.py', stdin: '', spawn: nodeSpawn, entry });
  if (r.status !== 0) throw new Error(`status ${r.status}: ${r.stderr}`);
  return performance.now() - t0;
}

const dir = mkdtempSync(join(tmpdir(), 'cl-worker-bundles-'));
await buildWorkerBundles(dir);
try {
  for (const [name, source] of Object.entries(PROGRAMS)) {
    for (const path of ['tsx', 'bundle'] as const) {
      if (path === 'bundle') process.env[BUNDLES_ENV] = dir;
      else delete process.env[BUNDLES_ENV];
      const ms: number[] = [];
      for (let i = 0; i < rounds; i++) ms.push(await timeRun(source));
      ms.sort((a, b) => a - b);
      console.log(`${name.padEnd(10)} ${path.padEnd(6)} median ${Math.round(ms[ms.length >> 1] ?? 0)} ms  (${ms.map(Math.round).join(', ')})`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
