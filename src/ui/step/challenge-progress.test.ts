import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY, loadProgress, saveSolved, type ProgressStorage } from './challenge-progress';

const known = ['two-locks-forever', 'ticket-twice'];

function fake(initial: string | null = null): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== null) data.set(PROGRESS_KEY, initial);
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('challenge progress in local storage', () => {
  it('keeps a solved challenge with its schedule, and reads it back', () => {
    const s = fake();
    expect(saveSolved('ticket-twice', '0011', known, s)).toEqual({ 'ticket-twice': '0011' });
    saveSolved('two-locks-forever', '012', known, s);
    expect(loadProgress(known, s)).toEqual({ 'ticket-twice': '0011', 'two-locks-forever': '012' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '["ticket-twice"]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('ignores stored data that is %s', (_, raw) => {
    expect(loadProgress(known, fake(raw))).toEqual({});
  });

  it('drops unknown ids and values that are not schedules, keeps the rest', () => {
    const raw = JSON.stringify({ 'ticket-twice': '01', nope: '00', 'two-locks-forever': 7 });
    expect(loadProgress(known, fake(raw))).toEqual({ 'ticket-twice': '01' });
    expect(loadProgress(known, fake(JSON.stringify({ 'ticket-twice': '<script>' })))).toEqual({});
  });

  it('storage that throws, or none at all, is no progress and no crash', () => {
    const broken: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadProgress(known, broken)).toEqual({});
    expect(saveSolved('ticket-twice', '0', known, broken)).toEqual({ 'ticket-twice': '0' });
    expect(loadProgress(known, null)).toEqual({});
  });
});
