import { describe, expect, it } from 'vitest';
import { scenarios } from './scenarios/registry';
import { parseUrl, toSearch } from './url';

describe('URL presets', () => {
  it('reads a full preset', () => {
    const s = parseUrl('?scenario=ticket&lock=off&threads=3&tickets=30&speed=10&variant=seed&lang=en&autoplay=1', scenarios);
    expect(s.scenario.id).toBe('ticket');
    expect(s.params).toEqual({ lock: false, threads: 3, tickets: 30, variant: 'seed', freethreaded: false });
    expect(s.speed).toBe(10);
    expect(s.lang).toBe('en');
    expect(s.autoplay).toBe(true);
    expect(s.messages).toEqual([]);
  });

  it('freethreaded=on|off on the VM thread scenarios; a bad value is named and falls back to off', () => {
    expect(parseUrl('?scenario=ticket&freethreaded=on', scenarios).params.freethreaded).toBe(true);
    expect(parseUrl('?scenario=custom&freethreaded=off', scenarios).params.freethreaded).toBe(false);
    expect(parseUrl('?scenario=ticket', scenarios).params.freethreaded).toBe(false);
    const bad = parseUrl('?scenario=ticket&freethreaded=maybe', scenarios);
    expect(bad.params.freethreaded).toBe(false);
    expect(bad.messages).toEqual([{ kind: 'notOption', param: 'freethreaded', value: 'maybe', options: 'on | off', fallback: 'off' }]);
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

  it('reads autoplay like every flag, and names a bad one', () => {
    for (const v of ['1', 'TRUE', 'yes', 'On']) expect(parseUrl(`?autoplay=${v}`, scenarios).autoplay, v).toBe(true);
    for (const v of ['0', 'false', 'NO', 'off']) {
      const s = parseUrl(`?autoplay=${v}`, scenarios);
      expect(s.autoplay, v).toBe(false);
      expect(s.messages, v).toEqual([]);
    }
    const bad = parseUrl('?autoplay=maybe', scenarios);
    expect(bad.autoplay).toBe(false);
    expect(bad.messages).toMatchObject([{ param: 'autoplay', value: 'maybe' }]);
  });

  it('reads size=large as projector mode, names a bad size, and writes it back only when large', () => {
    expect(parseUrl('?size=large', scenarios).size).toBe('large');
    expect(parseUrl('?size=LARGE', scenarios).size).toBe('large');
    expect(parseUrl('', scenarios).size).toBe('normal');
    const bad = parseUrl('?size=huge', scenarios);
    expect(bad.size).toBe('normal');
    expect(bad.messages).toMatchObject([{ kind: 'notOption', param: 'size', value: 'huge' }]);
    const large = parseUrl('?size=large', scenarios);
    expect(new URLSearchParams(toSearch({ ...large, lang: 'en' }, new URLSearchParams('size=large'))).get('size')).toBe('large');
    // Back to normal: the old size=large in the address bar must not survive.
    expect(new URLSearchParams(toSearch({ ...large, size: 'normal', lang: 'en' }, new URLSearchParams('size=large'))).has('size')).toBe(false);
  });

  it('accepts only plain decimal speeds, and max', () => {
    const hex = parseUrl('?speed=0x10', scenarios);
    expect(hex.speed).toBe(hex.scenario.defaultSpeed);
    expect(hex.messages).toMatchObject([{ param: 'speed', value: '0x10' }]);
    const max = parseUrl('?speed=max', scenarios);
    expect(max.speed).toBe(Infinity);
    expect(new URLSearchParams(toSearch({ ...max, lang: 'en' }, new URLSearchParams())).get('speed')).toBe('max');
    expect(parseUrl('?speed=2.5', scenarios).speed).toBe(2.5);
  });

  it('takes language tags, not words', () => {
    expect(parseUrl('?lang=zh-CN', scenarios).lang).toBe('zh');
    expect(parseUrl('?lang=EN', scenarios).lang).toBe('en');
    const word = parseUrl('?lang=english', scenarios);
    expect(word.lang).toBeNull();
    expect(word.messages).toMatchObject([{ param: 'lang', value: 'english' }]);
  });

  it("names another scenario's parameters, and leaves unknown ones alone", () => {
    const s = parseUrl('?scenario=sing-dance&lock=off&max_workers=4&utm_source=lms', scenarios);
    expect(s.messages).toEqual([
      { kind: 'otherScenario', param: 'lock', value: 'off', scenario: 'sing-dance', owners: 'ticket' },
      expect.objectContaining({ kind: 'otherScenario', param: 'max_workers', value: '4', scenario: 'sing-dance' }),
    ]);
  });

  it("step mode's mode=/schedule= belong to step scenarios: kept in custom's and ticket's links, still the pool's mode elsewhere", () => {
    const q = '?scenario=custom&mode=step&granularity=bytecode&schedule=0011';
    const s = parseUrl(q, scenarios);
    expect(s.messages).toEqual([]);
    const search = new URLSearchParams(toSearch({ ...s, lang: 'en' }, new URLSearchParams(q), scenarios));
    expect([search.get('mode'), search.get('granularity'), search.get('schedule')]).toEqual(['step', 'bytecode', '0011']);
    expect(parseUrl('?scenario=ticket&mode=step&granularity=line&schedule=0011', scenarios).messages).toEqual([]);
    const sing = parseUrl('?scenario=sing-dance&mode=step', scenarios);
    expect(sing.messages).toEqual([expect.objectContaining({ kind: 'otherScenario', param: 'mode' })]);
    const away = new URLSearchParams(toSearch({ ...sing, lang: 'en' }, new URLSearchParams(q), scenarios));
    expect(away.get('mode')).toBeNull();
  });

  it('a switch of scenario leaves none of the old parameters in the link', () => {
    const s = parseUrl('?scenario=sing-dance', scenarios);
    const search = toSearch({ ...s, lang: 'en' }, new URLSearchParams('scenario=ticket&lock=off&utm_source=lms'), scenarios);
    expect(search).not.toContain('lock=');
    expect(search).toContain('utm_source=lms');
  });
});
