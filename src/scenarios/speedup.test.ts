import { describe, expect, it } from 'vitest';
import { speedupPhrase } from './speedup';

describe('speedupPhrase', () => {
  it('calls a ratio above 1 faster', () => {
    expect(speedupPhrase(2.5)).toEqual({ zh: '快了，是 2.50 倍的速度', en: '2.50× faster' });
  });

  it('calls a ratio below 1 a slow-down, never "faster"', () => {
    expect(speedupPhrase(0.31)).toEqual({ zh: '慢了，只有 0.31 倍的速度', en: '0.31× (slower)' });
    expect(speedupPhrase(0.76).en).toBe('0.76× (slower)');
    for (const r of [0.1, 0.5, 0.76, 0.94]) {
      const p = speedupPhrase(r);
      expect(p.en, String(r)).not.toContain('faster');
      expect(p.zh, String(r)).not.toContain('快');
      expect(p.zh, String(r)).toContain('慢了');
    }
  });

  it('calls a ratio near 1 about the same', () => {
    expect(speedupPhrase(1.02)).toEqual({ zh: '差不多一样快（1.02 倍）', en: '1.02× (about the same)' });
    expect(speedupPhrase(0.97).en).toBe('0.97× (about the same)');
  });
});
