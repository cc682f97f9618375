// Every challenge can be won and can be missed: the search finds a schedule
// that reaches its goal (and the replay of that schedule still reaches it),
// and some other schedule runs the program to its end without reaching it,
// so the goal is the student's choice, not what every run does.

import { describe, it, expect } from 'vitest';
import { nodeLib } from '../../python/vm/lib-loader.node';
import { StepSession } from '../../python/step/session';
import { search } from '../../python/step/search';
import { invariantOf } from '../../python/step/remote';
import { challenges, challengeById } from './challenges';

const lib = nodeLib();

describe('challenges', () => {
  it('at least eight, each id once, goals and hints in zh and en', () => {
    expect(challenges.length).toBeGreaterThanOrEqual(8);
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
    for (const c of challenges) for (const t of [c.goal, c.hint]) expect(t.zh && t.en).toBeTruthy();
    expect(challengeById('two-locks-forever')?.lesson).toBe('two-locks');
  });

  for (const c of challenges) {
    it(`${c.id}: winnable, and missable`, () => {
      const opts = { lib, granularity: c.granularity, freeThreaded: c.freeThreaded };
      const win = search(c.source, invariantOf(c.solvedWhen), { ...opts, strategy: 'pct', runs: 200, seed: 1 });
      expect(win.found).toBe(true);
      if (!win.found) return;
      const replay = StepSession.replaySync(c.source, win.schedule, opts);
      expect(invariantOf(c.solvedWhen)()(replay)).toBe(win.violation);
      // A run that ends without reaching the goal: the seeded "any" scheduler, a few seeds.
      let missed = false;
      for (let seed = 1; seed <= 40 && !missed; seed++) {
        const s = StepSession.create(c.source, { ...opts, seed });
        const check = invariantOf(c.solvedWhen)();
        let hit = false;
        while (!s.finished && s.steps < 20000 && !hit) {
          s.step(s.pickAny());
          hit = check(s) !== null;
        }
        missed = s.finished && !hit;
      }
      expect(missed).toBe(true);
    });
  }
});
