/**
 * The VM's worker host (src/python/vm/host): the cost of one GIL hand-over
 * between two worker_threads (CPython 3.12's algorithm, switch interval 1 µs
 * so every eval-breaker check after a timed-out wait hands over), and the
 * start-up time of a thread's worker (from `startThread` to its first line).
 * Printed, never asserted.
 */
import { ThreadHost } from '../src/python/vm/host/host';
import { nodeSpawn } from '../src/python/vm/host/spawn.node.js';
import type { BenchPayload } from './vmhost-worker.node.js';

const entry = new URL('./vmhost-worker.node.ts', import.meta.url).href;
const SPIN_MS = 500;
const STARTS = 6;

export interface VmHostBench {
  handovers: number[];
  usPerHandover: number[];
  startupMs: number[];
  bad: string[];
}

async function once(job: BenchPayload['job']): Promise<{ shared: SharedArrayBuffer; status: number; stderr: string }> {
  let stderr = '';
  const host = new ThreadHost({ spawn: nodeSpawn, write: (fd, t) => (fd === 2 ? (stderr += t) : undefined) });
  const shared = new SharedArrayBuffer(8 * (2 + 2 * STARTS));
  const r = await host.run<BenchPayload>(entry, { job, shared, ms: SPIN_MS, starts: STARTS });
  return { shared, status: r.status, stderr };
}

export async function benchVmHost(): Promise<VmHostBench> {
  const out: VmHostBench = { handovers: [], usPerHandover: [], startupMs: [], bad: [] };
  for (let run = 0; run < 3; run++) {
    const h = await once('handover');
    const n = new Int32Array(h.shared)[0] ?? 0;
    if (h.status !== 0 || h.stderr) out.bad.push(`hand-over run ${run} ended with status ${h.status} ${h.stderr}`);
    out.handovers.push(n);
    // Both threads spin for SPIN_MS at once; each hand-over is counted by the thread that gave the GIL away.
    out.usPerHandover.push(n > 0 ? (SPIN_MS * 1000) / n : NaN);
  }
  const s = await once('startup');
  const f = new Float64Array(s.shared);
  for (let k = 0; k < STARTS; k++) out.startupMs.push((f[2 + 2 * k] ?? NaN) - (f[1 + 2 * k] ?? NaN));
  if (s.status !== 0) out.bad.push(`start-up run ended with status ${s.status} ${s.stderr}`);
  return out;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export function printVmHost(b: VmHostBench): void {
  console.log(`  GIL hand-overs in ${SPIN_MS} ms, 2 workers:  ${b.handovers.join(', ')}  (median ${median(b.handovers)})`);
  console.log(`  one hand-over (wait, drop request, drop, FORCE_SWITCHING, take): ${b.usPerHandover.map((x) => x.toFixed(1)).join(', ')} µs (median ${median(b.usPerHandover).toFixed(1)} µs)`);
  console.log(`  thread worker start-up, startThread -> first line: ${b.startupMs.map((x) => x.toFixed(1)).join(', ')} ms (median ${median(b.startupMs).toFixed(1)} ms; the first includes loading the modules)`);
}
