/**
 * Virtual time, headless: the ticket sellers' Python (20 tickets, 2 sellers,
 * 20 simulated seconds of sleeps) at max speed on the VM in a worker_thread. Prints
 * the real time a run takes and the ratio simulated / real; checks that
 * every run sells each ticket once and ends at the simulated time it must.
 */
import { tsWorker } from '../src/engine/ts-worker.node.js';
import { realNowMs } from '../src/runtime/clock';
import type { VmEvent } from '../src/python/vm/events';
import { type Outcome, paramDefaults } from '../src/scenarios/scenario';
import { ticketOutcome, ticketScenario } from '../src/scenarios/ticket/scenario';
import { VmTrace } from '../src/trace/vm-trace';

const RUNS = 5;
const entry = new URL('../src/workers/python-vm.node.ts', import.meta.url);

/** The lesson's own Python on the VM in a worker, as the page runs it. */
function runTicket(): Promise<{ report: { status: string; simEnd: number }; outcome: Outcome; realMs: number }> {
  const params = { ...paramDefaults(ticketScenario), lock: true, threads: 2, tickets: 20 };
  const source = ticketScenario.source(params, 'zh').code;
  const vt = new VmTrace('main.py', ticketScenario.vm?.watch ?? []);
  const t0 = realNowMs();
  const w = tsWorker(entry, { source, path: 'main.py', speed: Infinity });
  return new Promise((resolve, reject) => {
    w.on('message', (m: { kind: 'events'; batch: VmEvent[] } | { kind: 'result' }) => {
      if (m.kind === 'events') {
        vt.apply(m.batch);
        return;
      }
      void w.terminate();
      const f = vt.facts;
      const status = f.deadlock !== '' ? 'deadlock' : f.exitStatus === 0 ? 'finished' : 'error';
      resolve({ report: { status, simEnd: f.end }, outcome: ticketOutcome(f, status), realMs: realNowMs() - t0 });
    });
    w.once('error', reject);
  });
}

export interface VirtualTimeBench {
  /** Real ms per run, worker start-up included. */
  realMs: number[];
  simSeconds: number[];
  bad: string[];
}

export async function benchVirtualTime(): Promise<VirtualTimeBench> {
  const out: VirtualTimeBench = { realMs: [], simSeconds: [], bad: [] };
  for (let i = 0; i < RUNS; i++) {
    const r = await runTicket();
    out.realMs.push(r.realMs);
    out.simSeconds.push(r.report.simEnd);
    if (r.report.status !== 'finished') out.bad.push(`run ${i}: ${r.report.status}`);
    if (r.outcome.data.sold !== '20' || r.outcome.data.duplicates !== '0') out.bad.push(`run ${i}: sold ${r.outcome.data.sold}`);
    // 20 tickets, one sleep(1) each under the lock: 20 simulated seconds, plus the real time the
    // Python itself ran (the VM's clock runs at the real rate while a thread runs: world.ts).
    if (Math.abs(r.report.simEnd - 20) > 0.5) out.bad.push(`run ${i}: ended at ${r.report.simEnd.toFixed(3)} s, not 20 s`);
  }
  return out;
}

export function printVirtualTime(v: VirtualTimeBench): void {
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const real = med(v.realMs);
  const sim = med(v.simSeconds);
  console.log(`  ticket sellers, 2 x 20 tickets, speed=max: ${real.toFixed(0)} ms real for ${sim.toFixed(3)} s simulated (median of ${RUNS})`);
  console.log(`  ratio simulated / real: ${(sim / (real / 1000)).toFixed(0)}x (worker start-up included)`);
}
