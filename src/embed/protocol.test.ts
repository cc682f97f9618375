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
});
