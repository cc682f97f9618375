import { describe, expect, it } from 'vitest';
import { programs } from './programs';
import { scenarios } from './registry';
import { paramDefaults } from './scenario';
import { compileSource } from '../python/vm/process';

describe('the scenario registry', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s: texts in both languages, and every thread target exists', (_, s) => {
    for (const text of [s.title, s.intro?.(paramDefaults(s))]) {
      expect(text?.zh.trim()).not.toBe('');
      expect(text?.en.trim()).not.toBe('');
    }
    const p = paramDefaults(s);
    for (const lang of ['zh', 'en'] as const) expect(s.source(p, lang).code.length).toBeGreaterThan(0);
    const spec = s.runSpec(p);
    expect(spec.scenario).toBe(s.id);
    expect(spec.threads.length).toBeGreaterThan(0);
    // A VM scenario runs its Python; the others' threads are TypeScript targets.
    if (s.vm) expect(() => compileSource(s.source(p, 'en').code, 'main.py')).not.toThrow();
    else for (const t of spec.threads) expect(programs[s.id]?.[t.target], `${s.id}.${t.target}`).toBeTypeOf('function');
    // Lane names are the test contract: one [data-lane] per worker, so they must be unique.
    expect(new Set(spec.threads.map((t) => t.name)).size).toBe(spec.threads.length);
  });

  it('scenario ids are unique', () => {
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });
});
