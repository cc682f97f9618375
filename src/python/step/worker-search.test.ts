// "Any", "to end" and the search on real workers (worker-remote.ts): the
// one-worker stepper's seeded choice, lane for lane, and a search whose hit
// replays on the workers with the same verdict.

import { describe, it, expect, afterEach } from 'vitest';
import { nodeLib } from '../vm/lib-loader.node';
import { nodeSpawn } from '../vm/host/spawn.node';
import { ticketSource } from '../../scenarios/ticket/source';
import { StepHost, type OpenRequest, type SearchRequest } from './remote';
import { WorkerStepHost } from './worker-remote';
import { replayDisagreement } from './worker-search';
import { ticketScenario } from '../../scenarios/ticket/scenario';
import { paramDefaults } from '../../scenarios/scenario';

const entry = new URL('../vm/workers/py-thread.node.ts', import.meta.url).href;
const TEST_MS = 180_000;

const hosts: WorkerStepHost[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.close();
});

function workersHost(withLib = true): WorkerStepHost {
  const h = new WorkerStepHost({ spawn: nodeSpawn, entry, timeoutMs: 60_000, ...(withLib ? { lib: nodeLib() } : {}) });
  hosts.push(h);
  return h;
}

const source = ticketSource({ tickets: 3, sellers: 2, fixed: false, lock: false, lang: 'en' });

describe('WorkerStepHost: any, to end and search', () => {
  it('"any" and "to end" make the one-worker stepper\'s seeded choices (the same schedule), seek restarting the generator', { timeout: TEST_MS }, async () => {
    for (const seed of [1, 5]) {
      const req: OpenRequest = { source, granularity: 'bytecode', freeThreaded: false, seed };
      const one = new StepHost(nodeLib());
      const h = workersHost();
      one.open(req);
      await h.open(req);
      let v1 = one.runTo({ kind: 'any' });
      let v = await h.runTo({ kind: 'any' });
      for (let k = 0; k < 40; k++) {
        v1 = one.runTo({ kind: 'any' });
        v = await h.runTo({ kind: 'any' });
      }
      expect(v.state.schedule).toBe(v1.state.schedule);
      // Both make a fresh generator on a seek, as a fresh StepSession does.
      one.seek(10);
      await h.seek(10);
      v1 = one.runTo({ kind: 'end', pick: 'any' });
      v = await h.runTo({ kind: 'end', pick: 'any' });
      expect(v1.state.finished).toBe(true);
      expect(v.state.schedule).toBe(v1.state.schedule);
      expect(v.state.stdout).toBe(v1.state.stdout);
      // A choice that ever mattered: the schedule is not the lowest movable lane all along.
      expect(v.state.schedule).toMatch(/1.*0|0.*1.*0/);
    }
  });

  it("the search finds the one-worker stepper's schedule, loads it on the workers and their verdict is the same", { timeout: TEST_MS }, async () => {
    const lesson = ticketScenario.source({ ...paramDefaults(ticketScenario), lock: false }, 'en').code;
    const req: OpenRequest = { source: lesson, granularity: 'line', freeThreaded: false, seed: 1, invariant: { kind: 'sold-twice' } };
    // The page's request (StepPanel's searchFor).
    const q: SearchRequest = { invariant: { kind: 'sold-twice' }, strategy: 'pct', runs: 400, depth: 3, seed: 1 };
    const one = new StepHost(nodeLib());
    one.open(req);
    const r1 = one.search(q);
    expect(r1.found).toBe(true);
    const h = workersHost();
    await h.open(req);
    const tried: number[] = [];
    const r = await h.search(q, (n) => tried.push(n));
    expect(r.found).toBe(true);
    expect(r.tries).toBe(r1.tries);
    expect(tried.at(-1)).toBe(r1.tries);
    expect(r.view.problem).toBeNull();
    expect(r.view.state.schedule).toBe(r1.view.state.schedule);
    expect(r.violation).toBe(r1.violation);
    expect(r.view.violation).toBe(r1.view.violation);
    expect(r.view.state.globals.ticket).toBe(r1.view.state.globals.ticket);
    expect(r.view.state.stdout).toBe(r1.view.state.stdout);
    // The workers' session goes on from the hit: back undoes the verdict as on the one-worker stepper.
    expect((await h.back()).violation).toBe(one.back().violation);
  });

  it('a replay on the workers that does not break the invariant is named as a disagreement, not a hit', () => {
    const lesson = ticketScenario.source({ ...paramDefaults(ticketScenario), lock: false }, 'en').code;
    const one = new StepHost(nodeLib());
    const calm = one.open({ source: lesson, granularity: 'line', freeThreaded: false, invariant: { kind: 'sold-twice' } });
    expect(calm.violation).toBeNull();
    expect(replayDisagreement('', 'ticket went below zero', calm)).toMatch(/breaks nothing.*a bug/);
    const refused = { ...calm, problem: { index: 2, lane: '1', reason: 'no such thread' } };
    expect(replayDisagreement('001', 'x', refused)).toMatch(/refused step 3 .*no such thread/);
    expect(replayDisagreement('', calm.violation ?? 'x', { ...calm, violation: 'x' })).toBeNull();
  });
});
