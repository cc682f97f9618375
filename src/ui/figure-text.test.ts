import { describe, expect, it } from 'vitest';
import { keepUnit } from './figure-text';

describe('keepUnit', () => {
  it('joins a figure to its unit with a no-break space', () => {
    expect(keepUnit('2.00 s')).toBe('2.00\u00a0s');
    expect(keepUnit('12 ms')).toBe('12\u00a0ms');
    expect(keepUnit('0.76 × (slower)')).toBe('0.76\u00a0× (slower)');
  });
  it('leaves numbers and words alone', () => {
    expect(keepUnit(10)).toBe('10');
    expect(keepUnit('✔')).toBe('✔');
    expect(keepUnit('3 of 10')).toBe('3 of 10');
  });
});
