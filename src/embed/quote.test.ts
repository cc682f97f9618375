import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, quote } from './quote';

describe('quote', () => {
  it('shows short values whole, as JSON', () => {
    expect(quote('explode')).toBe('"explode"');
    expect(quote({ a: 1 })).toBe('{"a":1}');
    expect(quote(undefined)).toBe('undefined');
  });

  it('cuts long values to at most 200 characters', () => {
    const q = quote('y'.repeat(5000));
    expect(q.length).toBe(QUOTE_MAX);
    expect(q.endsWith('…')).toBe(true);
  });

  it('never throws on what JSON cannot hold', () => {
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(quote(cyclic)).toBe('[object Object]');
    expect(quote(10n)).toBe('[object BigInt]');
  });
});
