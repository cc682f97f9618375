// The worker-facing host: plain answers, refusals as answers, schedule links, search loading its hit.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../vm/lib-loader.node';
import { StepHost } from './remote';

const here = dirname(fileURLToPath(import.meta.url));
const TICKET = readFileSync(join(here, 'testdata', 'ticket_nolock.py'), 'utf8');
const TWO_LOCKS = readFileSync(join(here, 'testdata', 'two_locks.py'), 'utf8');

describe('StepHost', () => {
  it('opens a schedule link as far as it is valid and says where it stopped', () => {
    const h = new StepHost(nodeLib());
    const v = h.open({ source: TICKET, granularity: 'line', freeThreaded: false, schedule: '0009' });
    expect(v.state.step).toBe(3);
    expect(v.problem).toMatchObject({ index: 3, lane: '9' });
    // Answers cross a worker boundary: structured-clone safe.
    expect(structuredClone(v)).toEqual(v);
  });

  it('a refused step is an answer, back and seek replay, runTo moves on', () => {
    const h = new StepHost(nodeLib());
    h.open({ source: TICKET, granularity: 'bytecode', freeThreaded: false });
    expect(h.step(1).problem?.reason).toBe('no such thread');
    // A link's schedule that names it: the same bare reason (the page adds the step and thread once).
    const linked = new StepHost(nodeLib()).open({ source: TICKET, granularity: 'bytecode', freeThreaded: false, schedule: '01' });
    expect(linked.problem).toEqual({ index: 1, lane: '1', reason: 'no such thread' });
    const at5 = (() => {
      let v = h.step(0);
      for (let i = 0; i < 4; i++) v = h.step(0);
      return v;
    })();
    expect(at5.state.step).toBe(5);
    expect(h.back().state.step).toBe(4);
    expect(h.step(0).state).toEqual(at5.state);
    expect(h.seek(2).state.step).toBe(2);
    const end = h.runTo({ kind: 'end', pick: 'any' });
    expect(end.state.finished).toBe(true);
    expect(end.movable).toEqual([]);
  });

  it('search loads the failing schedule, or says how many it tried', () => {
    const h = new StepHost(nodeLib());
    h.open({ source: TWO_LOCKS, granularity: 'line', freeThreaded: false });
    const tried: number[] = [];
    const r = h.search({ invariant: { kind: 'deadlock' }, strategy: 'pct', runs: 100, seed: 2 }, (n) => tried.push(n));
    expect(r.found).toBe(true);
    expect(r.view.state.deadlock).toMatch(/^deadlock: /);
    expect(r.view.graph.cycle).not.toBeNull();
    expect(tried[tried.length - 1]).toBe(r.tries);
    const none = h.search({ invariant: { kind: 'sold-twice' }, strategy: 'random', runs: 3 });
    expect(none).toMatchObject({ found: false, tries: 3 });
    expect(none.view.state.schedule).toBe(r.view.state.schedule);
  });
});
