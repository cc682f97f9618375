// Step mode's events on the timeline's step axis: a real stepped run of the
// starter program, its lanes, the bar of each lane's steps following the
// schedule, the lock's holds, and the model shrinking with the schedule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeLib } from '../python/vm/lib-loader.node';
import { StepSession } from '../python/step/session';
import { stepTimeline } from './step-trace';

const starter = readFileSync(new URL('../scenarios/custom/starter.py', import.meta.url), 'utf8');
const opts = { lib: nodeLib(), granularity: 'line' as const };

function stepped(n: number): StepSession {
  const s = StepSession.create(starter, opts);
  for (let i = 0; i < n && !s.finished; i++) s.step(s.pickAny());
  return s;
}

describe('stepTimeline: step events as lanes, holds and waits on a step axis', () => {
  it('lanes appear as threads start; each lane’s step bars are the runs of its character in the schedule', () => {
    const s = stepped(40);
    const st = s.state();
    expect(st.stepEvents).toHaveLength(st.step + 1);
    const m = stepTimeline(st.events, st.stepEvents, st.schedule, 'steps');
    expect(m.lanes.map((l) => l.name)).toEqual(st.threads.map((t) => t.name));
    const bar = m.lockNames?.indexOf('steps') ?? -1;
    expect(bar).toBeGreaterThanOrEqual(0);
    // The schedule's runs of one lane, as [lane, start, end] in steps.
    const runs: [number, number, number][] = [];
    [...st.schedule].forEach((ch, i) => {
      const lane = Number(ch);
      const last = runs.at(-1);
      if (last && last[0] === lane) last[2] = i + 1;
      else runs.push([lane, i, i + 1]);
    });
    const bars = m.lanes
      .flatMap((l) => l.holds.filter((h) => h.lock === bar).map((h): [number, number, number] => [l.worker, h.start, h.end]))
      .sort((a, b) => a[1] - b[1]);
    expect(bars).toEqual(runs);
    // The program's lock: one hold per acquire the run reported, inside the steps taken.
    const lock = m.lockNames?.indexOf('lock') ?? -1;
    const holds = m.lanes.flatMap((l) => l.holds.filter((h) => h.lock === lock));
    expect(holds.length).toBe(st.events.filter((e) => e.kind === 'lock-acquire' && st.events.some((g) => g.kind === 'global-store' && g.name === 'lock' && g.lock === e.lock)).length);
    for (const h of holds) expect(h.start).toBeLessThanOrEqual(st.step);
  });

  it('back shrinks it: the model of a shorter schedule ends earlier and has no later holds', () => {
    const long = stepped(40).state();
    const short = StepSession.replaySync(starter, long.schedule.slice(0, 20), opts).state();
    const a = stepTimeline(long.events, long.stepEvents, long.schedule, 'steps');
    const b = stepTimeline(short.events, short.stepEvents, short.schedule, 'steps');
    expect(b.end).toBeLessThanOrEqual(20);
    expect(a.end).toBeGreaterThan(20);
    const lastHold = Math.max(...b.lanes.flatMap((l) => l.holds.map((h) => h.start)));
    expect(lastHold).toBeLessThan(20);
  });
});
