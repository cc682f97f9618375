import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios/registry';
import { parseUrl, toSearch } from './url';

describe('URL presets', () => {
  it('reads a full preset', () => {
    const s = parseUrl('?scenario=ticket&lock=off&threads=3&tickets=30&speed=10&variant=seed&lang=en&autoplay=1', scenarios);
    expect(s.scenario.id).toBe('ticket');
    expect(s.params).toEqual({ lock: false, threads: 3, tickets: 30, variant: 'seed' });
    expect(s.speed).toBe(10);
    expect(s.lang).toBe('en');
    expect(s.autoplay).toBe(true);
    expect(s.messages).toEqual([]);
  });

  it('names each bad parameter and falls back to its default', () => {
    const s = parseUrl('?scenario=nope&threads=abc&speed=-1&tickets=101&lock=maybe&lang=fr', scenarios);
    expect(s.scenario.id).toBe('ticket');
    expect(s.params.threads).toBe(2);
    expect(s.params.tickets).toBe(20);
    expect(s.params.lock).toBe(true);
    expect(s.speed).toBe(s.scenario.defaultSpeed);
    expect(s.lang).toBeNull();
    expect(s.messages.map((m) => m.param)).toEqual(['scenario', 'lock', 'threads', 'tickets', 'speed', 'lang']);
  });

  it('rejects fractional and padded numbers for whole-number parameters', () => {
    expect(parseUrl('?threads=2.5', scenarios).messages).toHaveLength(1);
    expect(parseUrl('?threads=0', scenarios).messages).toHaveLength(1);
    expect(parseUrl('?threads=8', scenarios).params.threads).toBe(8);
  });

  it('round-trips through the query string and keeps foreign parameters', () => {
    const a = parseUrl('?scenario=ticket&lock=off&threads=5&utm_source=lms', scenarios);
    const search = toSearch({ ...a, lang: 'zh' }, new URLSearchParams('utm_source=lms&autoplay=1'));
    const b = parseUrl(search, scenarios);
    expect(b.params).toEqual(a.params);
    expect(search).toContain('utm_source=lms');
    expect(search).not.toContain('autoplay');
  });
});
