import { describe, expect, it } from 'vitest';
import { parseCommand } from './protocol';

describe('postMessage protocol', () => {
  it('ignores messages that are not ours', () => {
    for (const m of [null, 'run', 42, [], { command: 'run' }, { type: 'other', command: 'run' }]) {
      expect(parseCommand(m)).toEqual({ ok: false, ignore: true });
    }
  });

  it('reads every command with its id', () => {
    expect(parseCommand({ type: 'concurrency-lab', command: 'run', id: 7 })).toEqual({ ok: true, cmd: { command: 'run', id: 7 } });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setLang', lang: 'en' })).toEqual({ ok: true, cmd: { command: 'setLang', lang: 'en' } });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setParams', params: { lock: 'off', threads: 3 }, id: 'a' })).toEqual({
      ok: true,
      cmd: { command: 'setParams', params: { lock: 'off', threads: 3 }, id: 'a' },
    });
  });

  it('rejects malformed commands with a reason, keeping the id for the reply', () => {
    expect(parseCommand({ type: 'concurrency-lab', command: 'explode', id: 1 })).toEqual({ ok: false, error: 'unknown command: "explode"', id: 1 });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setLang', lang: 'fr' })).toMatchObject({ ok: false });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setParams', params: { threads: { a: 1 } } })).toMatchObject({ ok: false });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setParams', params: [1] })).toMatchObject({ ok: false });
  });

  it('accepts only plain objects with own string keys and primitive values as params', () => {
    const bad: unknown[] = [
      new Date(),
      new Map([['threads', 3]]),
      new Set(),
      JSON.parse('{"__proto__": {"threads": 3}}'),
      JSON.parse('{"constructor": 1}'),
      Object.create({ threads: 3 }),
      { threads: Number.NaN },
      { threads: Infinity },
      { threads: null },
      { [Symbol('s')]: 1 },
      Object.defineProperty({}, 'threads', { get: () => 3, enumerable: true }),
      /re/,
    ];
    for (const params of bad) {
      const r = parseCommand({ type: 'concurrency-lab', command: 'setParams', params, id: 9 });
      expect(r, String(params)).toMatchObject({ ok: false, id: 9 });
    }
    const nullProto = Object.assign(Object.create(null) as object, { threads: 3 });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setParams', params: nullProto })).toEqual({ ok: true, cmd: { command: 'setParams', params: { threads: 3 } } });
    expect(parseCommand({ type: 'concurrency-lab', command: 'setParams', params: {} })).toMatchObject({ ok: true });
  });

  it('quotes at most 200 characters of the input in an error', () => {
    const huge = 'x'.repeat(100_000);
    for (const m of [
      { type: 'concurrency-lab', command: huge },
      { type: 'concurrency-lab', command: 'setParams', params: { [huge]: { a: 1 } } },
      { type: 'concurrency-lab', command: 'setParams', params: { threads: [huge] } },
      { type: 'concurrency-lab', command: 'setParams', params: huge },
      { type: 'concurrency-lab', command: 'setScenario', scenario: [huge] },
    ]) {
      const r = parseCommand(m);
      expect(r.ok).toBe(false);
      const error = 'error' in r ? r.error : '';
      expect(error.length).toBeLessThan(300);
      expect(error).toContain('xxx');
    }
  });
});
