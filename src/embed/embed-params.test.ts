import { describe, expect, it } from 'vitest';
import { parseEmbed } from './embed-params';

describe('embed parameters', () => {
  it('defaults to the full app with every panel and any origin', () => {
    const e = parseEmbed('');
    expect(e.embed).toBe(false);
    expect([...e.panels]).toEqual(['code', 'controls', 'timeline', 'console', 'outcome', 'extras']);
    expect(e.origins).toEqual([]);
  });

  it('reads panels and origins, and names what it did not understand', () => {
    const e = parseEmbed('?embed=1&panels=timeline,nope,outcome&origin=https://course.example.edu/page,notaurl');
    expect(e.embed).toBe(true);
    expect([...e.panels]).toEqual(['timeline', 'outcome']);
    expect(e.origins).toEqual(['https://course.example.edu']);
    expect(e.problems).toEqual([
      { param: 'panels', value: 'nope' },
      { param: 'origin', value: 'notaurl' },
    ]);
  });

  it('keeps every panel when none given is valid', () => {
    expect(parseEmbed('?panels=zzz').panels.size).toBe(6);
  });
});
