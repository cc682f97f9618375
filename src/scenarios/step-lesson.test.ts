// The step lessons as scenarios in the picker: step mode first, their programs
// the files step-lessons.test.ts checks against CPython, each challenge's
// lesson a scenario, and each lesson's own invariant found broken in its bad
// variant by the search the page runs (and not in its fix).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeLib } from '../python/vm/lib-loader.node';
import { StepHost } from '../python/step/remote';
import { challenges } from './challenges/challenges';
import { findScenario } from './registry';
import { paramDefaults, stepInvariantOf, type ScenarioDef } from './scenario';
import type { ParamValues } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const LESSONS = ['two-locks', 'rlock', 'condition', 'counter', 'bank'];
const lesson = (id: string): ScenarioDef => {
  const s = findScenario(id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

function broken(id: string, over: ParamValues, granularity: 'line' | 'bytecode', runs: number): boolean {
  const s = lesson(id);
  const p = { ...paramDefaults(s), ...over };
  const invariant = stepInvariantOf(s, p);
  if (!invariant) throw new Error(`${id}: no invariant`);
  const h = new StepHost(nodeLib());
  h.open({ source: s.source(p, 'en').code, granularity, freeThreaded: false, invariant });
  return h.search({ invariant, strategy: 'pct', runs, depth: 3, seed: 2 }).found;
}

describe('step lessons in the picker', () => {
  it.each(LESSONS)('%s opens in step mode, and its default program is its first file', (id) => {
    const s = lesson(id);
    expect(s.vm?.step).toBe(true);
    expect(s.vm?.stepFirst).toBe(true);
    expect(s.params[0]?.key).toBe('variant');
    const code = s.source(paramDefaults(s), 'zh').code;
    expect(code).toBe(s.source(paramDefaults(s), 'en').code);
    expect(code.length).toBeGreaterThan(0);
  });

  it('every challenge belongs to a scenario of the picker', () => {
    for (const c of challenges) expect(findScenario(c.lesson), c.id).toBeDefined();
  });

  it('the counter rewrites N and expects 4 × rounds', () => {
    const s = lesson('counter');
    const p = { ...paramDefaults(s), rounds: 5 };
    expect(s.source(p, 'en').code).toMatch(/^N = 5$/m);
    expect(s.source(p, 'en').code).toBe(readFileSync(join(here, 'counter', 'gil.py'), 'utf8').replace('N = 1000', 'N = 5'));
    expect(stepInvariantOf(s, p)).toEqual({ kind: 'final', name: 'counter', value: '20' });
  });

  // [lesson, bad variant, fix, granularity, extra params]
  const cases: [string, ParamValues, ParamValues | null, 'line' | 'bytecode'][] = [
    ['two-locks', { variant: 'deadlock' }, { variant: 'fixed-order' }, 'line'],
    ['rlock', { variant: 'lock' }, { variant: 'rlock' }, 'line'],
    ['condition', { variant: 'if' }, { variant: 'while' }, 'line'],
    ['bank', {}, null, 'line'],
    ['counter', { variant: 'call', rounds: 2 }, { variant: 'gil', rounds: 2 }, 'bytecode'],
  ];
  it.each(cases)('%s: its invariant is broken in the bad variant and holds in the fix', (id, bad, fix, g) => {
    expect(broken(id, bad, g, 40)).toBe(true);
    // Fewer runs for the fix: each runs to its end (a bad variant stops at its first hit).
    if (fix) expect(broken(id, fix, g, 12)).toBe(false);
  }, 60_000);
});
