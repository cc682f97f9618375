// The watch lists the program's locks only (user-locks.ts): threading's own
// (Thread._started, _tstate_lock, an Event's) stay in the state for the
// wait-for graph but out of the panel; a Condition's lock shows by its name.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { nodeLib } from '../vm/lib-loader.node';
import { StepHost, type StepView } from './remote';
import { userLocks } from './user-locks';
import { ticketSource } from '../../scenarios/ticket/source';

/** Steps the highest movable lane until `until` holds or the run ends. */
function run(source: string, until: (v: StepView) => boolean): StepView {
  const h = new StepHost(nodeLib());
  let v = h.open({ source, granularity: 'line', freeThreaded: false });
  for (let k = 0; k < 500 && !v.state.finished && !until(v); k++) {
    const ok = v.movable.filter((m) => m.ok).map((m) => m.lane);
    v = h.step(ok[ok.length - 1] as number);
  }
  return v;
}

describe('userLocks (the watch panel)', () => {
  it("the locked ticket lesson: only `lock`, though threading's own locks are in the state", () => {
    const source = ticketSource({ tickets: 2, sellers: 2, fixed: true, lock: true, lang: 'en' });
    const v = run(source, (x) => x.state.threads.length === 3 && x.state.locks.some((l) => l.global && l.holder !== null));
    expect(v.state.locks.filter((l) => !l.global).length).toBeGreaterThan(0);
    const shown = userLocks(v.state.locks);
    expect(shown.map((l) => l.name)).toEqual(['lock']);
    expect(shown[0]?.holder).not.toBeNull();
  });

  it('a Condition bound to a global shows as its name, held by the thread inside `with cond:`', () => {
    const source = readFileSync(new URL('../../scenarios/condition/while.py', import.meta.url), 'utf8');
    const v = run(source, (x) => x.state.locks.some((l) => l.name === 'cond' && l.holder !== null));
    const shown = userLocks(v.state.locks);
    expect(shown.map((l) => l.name)).toEqual(['cond']);
    expect(shown[0]?.holder).not.toBeNull();
  });
});
