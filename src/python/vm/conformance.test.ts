// The conformance suite through the VM (single-worker mode). A program listed in
// conformance/passing-single.txt must pass (the regression guard); the others are
// counted. CONFORMANCE_WRITE=1 rewrites the list with every program that passes.

import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import { programs, runOne, passingList, PASSING_SINGLE, type Outcome } from './conformance-runner.node';

const all = programs();
const guard = passingList();
const SHARDS = 4;
const results: Outcome[] = [];

describe('conformance (single worker)', () => {
  for (let s = 0; s < SHARDS; s++) {
    it(`shard ${s + 1}/${SHARDS}`, () => {
      const mine = all.filter((_, i) => i % SHARDS === s);
      const regressions: string[] = [];
      for (const p of mine) {
        const r = runOne(p);
        results.push(r);
        if (!r.pass && guard.has(p)) regressions.push(`${p}: ${r.diff}`);
      }
      expect(regressions).toEqual([]);
    }, 120000);
  }
  it('reports the count', () => {
    const passed = results.filter((r) => r.pass).map((r) => r.path).sort();
    console.log(`conformance: ${passed.length}/${results.length} pass in single-worker mode`);
    if (process.env.CONFORMANCE_WRITE) {
      writeFileSync(PASSING_SINGLE, `# Conformance programs the VM passes in single-worker mode (regenerate: npx tsx scripts/conformance-passing.ts)\n${passed.join('\n')}\n`);
    }
    if (process.env.CONFORMANCE_VERBOSE) for (const r of results) if (!r.pass) console.log(`FAIL ${r.path}: ${r.diff}`);
    expect(results.length).toBe(all.length);
  });
});
