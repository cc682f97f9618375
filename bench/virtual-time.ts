/**
 * Virtual time, headless: the ticket sellers (20 tickets, 2 sellers, 20
 * simulated seconds of sleeps) at max speed, on real worker_threads. Prints
 * the real time a run takes and the ratio simulated / real; checks that
 * every run sells each ticket once and ends at the simulated time it must.
 */
import { RunDriver, type RunReport } from '../src/engine/driver';
import { realNowMs } from '../src/runtime/clock';
import { SPEED_INSTANT } from '../src/runtime/virtual-time';
import { type Outcome, paramDefaults } from '../src/scenarios/scenario';
import { ticketScenario } from '../src/scenarios/ticket/scenario';
import { applyEvents, emptyTrace } from '../src/trace/model';
import { spawnThread } from './gil';

const RUNS = 5;

function runTicket(): Promise<{ report: RunReport; outcome: Outcome; realMs: number }> {
  const params = { ...paramDefaults(ticketScenario), lock: true, threads: 2, tickets: 20 };
  const spec = { ...ticketScenario.runSpec(params), speed: SPEED_INSTANT };
  const trace = emptyTrace(spec.threads.map((t) => t.name));
  const t0 = realNowMs();
  return new Promise((resolve) => {
    new RunDriver(
      spec,
      spawnThread,
      {
        onEvents: (ev) => applyEvents(trace, ev),
        onStatus: (report) => {
          if (report.status === 'running' || report.status === 'paused') return;
          const outcome = ticketScenario.outcome(trace, params, report.globals, report.globalsByProcess);
          resolve({ report, outcome, realMs: realNowMs() - t0 });
        },
      },
      (fn) => {
        const h = setTimeout(fn, 16);
        return () => clearTimeout(h);
      },
    );
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
    // 20 tickets, one sleep(1) each under the lock: 20 simulated seconds and some microseconds.
    if (Math.abs(r.report.simEnd - 20) > 0.2) out.bad.push(`run ${i}: ended at ${r.report.simEnd.toFixed(3)} s, not 20 s`);
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
