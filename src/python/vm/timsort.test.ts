// timsort.ts's invariants over many shapes: sorted and stable when `<` answers,
// and still a permutation of the input whatever comparison throws (CPython's
// Fail paths copy the merge buffer back). The exact order of CPython's
// comparisons is checked against CPython itself by conformance/collections/sort_protocol.py.

import { describe, it, expect } from 'vitest';
import { timsort } from './timsort';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shapes(): number[][] {
  const r = rng(7);
  const out: number[][] = [[], [1], [2, 1], [1, 1, 1]];
  for (const n of [10, 63, 64, 65, 200, 1000, 5000]) {
    out.push(Array.from({ length: n }, () => Math.floor(r() * n)));
    out.push(Array.from({ length: n }, () => Math.floor(r() * 4)));
    out.push(Array.from({ length: n }, (_, i) => n - i));
    out.push(Array.from({ length: n }, (_, i) => (i < n / 2 ? 2 * i : 2 * (i - n / 2) + 1)));
    out.push(Array.from({ length: n }, (_, i) => i % 17));
  }
  return out;
}

describe('timsort', () => {
  it('sorts stably', () => {
    for (const keys of shapes()) {
      const idx = keys.map((_, i) => i);
      timsort(idx, (a, b) => (keys[a] as number) < (keys[b] as number));
      const want = keys.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
      expect(idx).toEqual(want);
    }
  });

  it('leaves a permutation when a comparison throws', () => {
    for (const keys of shapes().filter((k) => k.length >= 64)) {
      for (const stopAt of [1, 7, 100, 1000, 20000]) {
        const idx = keys.map((_, i) => i);
        let n = 0;
        try {
          timsort(idx, (a, b) => {
            if (++n === stopAt) throw new Error('stop');
            return (keys[a] as number) < (keys[b] as number);
          });
        } catch {
          // expected for most stopAt
        }
        expect([...idx].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
      }
    }
  });
});
