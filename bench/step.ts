/**
 * The step engine (src/python/step): how long "back" takes (a replay from the
 * start to step n − 1, the ticket program at 200 steps), and how many
 * schedules a search tries per second (random and PCT, the lock-off ticket
 * program, whole runs in virtual time). Timings are printed; only the
 * replay's identity is checked.
 */
import { readFileSync } from 'node:fs';
import { realNowMs } from '../src/runtime/clock';
import { nodeLib } from '../src/python/vm/lib-loader.node.js';
import { StepSession, type Granularity } from '../src/python/step/session';
import { search, type Strategy } from '../src/python/step/search';
import { ticketSource } from '../src/scenarios/ticket/source';

const lib = nodeLib();
const TICKET = ticketSource({ tickets: 20, sellers: 2, fixed: true, lock: true, lang: 'en' });
const NOLOCK = readFileSync(new URL('../src/python/step/testdata/ticket_nolock.py', import.meta.url), 'utf8');
const STEPS = 200;
const REPEATS = 5;

export interface StepBench {
  back: { granularity: Granularity; ms: number }[];
  search: { strategy: Strategy; schedulesPerSec: number; stepsPerSec: number; runs: number }[];
  bad: string[];
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export function benchStep(): StepBench {
  const out: StepBench = { back: [], search: [], bad: [] };
  for (const granularity of ['line', 'bytecode'] as const) {
    const s = StepSession.create(TICKET, { lib, granularity, seed: 1 });
    while (!s.finished && s.steps < STEPS) s.step(s.pickAny());
    if (s.steps < STEPS) out.bad.push(`${granularity}: the run ended after ${s.steps} steps`);
    const want = JSON.stringify(s.state());
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const t0 = realNowMs();
      const back = StepSession.replaySync(TICKET, s.schedule.slice(0, -1), { lib, granularity });
      times.push(realNowMs() - t0);
      back.step(Number.parseInt(s.schedule.slice(-1), 36));
      if (JSON.stringify(back.state()) !== want) out.bad.push(`${granularity}: back then forward differs from the state it left`);
    }
    out.back.push({ granularity, ms: median(times) });
  }
  for (const strategy of ['random', 'pct'] as const) {
    const runs = 40;
    const t0 = realNowMs();
    const r = search(NOLOCK, () => () => null, { lib, strategy, runs, granularity: 'bytecode', seed: 3 });
    const sec = (realNowMs() - t0) / 1000;
    out.search.push({ strategy, runs: r.tries, schedulesPerSec: r.tries / sec, stepsPerSec: r.steps / sec });
  }
  return out;
}

export function printStep(b: StepBench): void {
  for (const x of b.back) console.log(`  back (replay ${STEPS - 1} steps, ${x.granularity}):  ${x.ms.toFixed(1)} ms (median of ${REPEATS})`);
  for (const x of b.search) {
    console.log(`  search, ${x.strategy.padEnd(6)} (bytecode, lock-off ticket):  ${x.schedulesPerSec.toFixed(1)} schedules/s, ${Math.round(x.stepsPerSec)} steps/s over ${x.runs} runs`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printStep(benchStep());
