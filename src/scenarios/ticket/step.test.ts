/**
 * The ticket lesson in step mode: the program the page shows, stepped on the
 * engine the step worker runs. The teacher's oversell link still oversells and
 * the lesson's invariant (never below zero, never stored twice) says so; with
 * the lock on no schedule the search tries breaks it.
 */
import { describe, expect, it } from 'vitest';
import { nodeLib } from '../../python/vm/lib-loader.node';
import { StepHost } from '../../python/step/remote';
import { paramDefaults, stepInvariantOf } from '../scenario';
import { ticketScenario } from './scenario';
import { OVERSELL } from './step-links';

const invariant = stepInvariantOf(ticketScenario, paramDefaults(ticketScenario));
const program = (over: Record<string, string | number | boolean>): string => ticketScenario.source({ ...paramDefaults(ticketScenario), ...over }, 'en').code;

describe('ticket lesson, step mode', () => {
  it('offers step mode with the oversell / sold-twice invariant', () => {
    expect(ticketScenario.vm?.step).toBe(true);
    expect(invariant).toEqual({ kind: 'sold-twice' });
  });

  it('the oversell link ends below zero, and the verdict names it', () => {
    const h = new StepHost(nodeLib());
    const v = h.open({ source: program({ lock: false, tickets: 2 }), granularity: 'line', freeThreaded: false, schedule: OVERSELL.schedule, invariant });
    expect(v.problem).toBeNull();
    expect(v.state.step).toBe(OVERSELL.schedule.length);
    expect(v.state.globals.ticket).toBe('-1');
    expect(v.violation).toMatch(/below zero \(-1\)/);
    // One step back, before the second seller stores: nothing wrong yet.
    const back = h.back();
    expect(back.state.globals.ticket).toBe('0');
    expect(back.violation).toBeNull();
  });

  it('the search finds an oversell with the lock off and none with the lock on', () => {
    const h = new StepHost(nodeLib());
    if (!invariant) throw new Error('no invariant');
    h.open({ source: program({ lock: false, tickets: 2 }), granularity: 'line', freeThreaded: false, invariant });
    const hit = h.search({ invariant, strategy: 'pct', runs: 50, depth: 3, seed: 1 });
    expect(hit.found).toBe(true);
    expect(hit.view.violation).not.toBeNull();
    h.open({ source: program({ lock: true, tickets: 2 }), granularity: 'line', freeThreaded: false, invariant });
    const none = h.search({ invariant, strategy: 'pct', runs: 30, depth: 3, seed: 1 });
    expect(none.found).toBe(false);
    expect(none.view.violation).toBeNull();
  });
});
