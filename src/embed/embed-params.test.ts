import { describe, expect, it } from 'vitest';
import { parseEmbed } from './embed-params';

describe('embed parameters', () => {
  it('defaults to the full app with every panel and any origin', () => {
    const e = parseEmbed('');
    expect(e.embed).toBe(false);
    expect([...e.panels]).toEqual(['code', 'controls', 'timeline', 'console', 'outcome', 'extras']);
    expect(e.origins).toEqual({ kind: 'any' });
  });

  it('reads panels and origins, and names what it did not understand', () => {
    const e = parseEmbed('?embed=1&panels=timeline,nope,outcome&origin=https://course.example.edu/page,notaurl');
    expect(e.embed).toBe(true);
    expect([...e.panels]).toEqual(['timeline', 'outcome']);
    expect(e.origins).toEqual({ kind: 'listed', origins: ['https://course.example.edu'] });
    expect(e.problems).toEqual([
      { kind: 'ignored', param: 'panels', value: 'nope' },
      { kind: 'notOrigin', param: 'origin', value: 'notaurl' },
    ]);
  });

  it('an origin= with no valid origin locks the lab and says so', () => {
    const e = parseEmbed('?embed=1&origin=course.example.edu');
    expect(e.origins).toEqual({ kind: 'listed', origins: [] });
    expect(e.problems).toEqual([
      { kind: 'notOrigin', param: 'origin', value: 'course.example.edu' },
      { kind: 'originLocked', param: 'origin', value: 'course.example.edu' },
    ]);
  });

  it('keeps every panel when none given is valid', () => {
    expect(parseEmbed('?panels=zzz').panels.size).toBe(6);
  });

  it('reads embed like every flag, and names a bad value', () => {
    expect(parseEmbed('?embed=TRUE').embed).toBe(true);
    expect(parseEmbed('?embed=on').embed).toBe(true);
    expect(parseEmbed('?embed=0').embed).toBe(false);
    const bad = parseEmbed('?embed=sure');
    expect(bad.embed).toBe(false);
    expect(bad.problems).toMatchObject([{ kind: 'notFlag', param: 'embed', value: 'sure' }]);
  });
});
