import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
  it('is the middle value, whatever the order, and one outlier does not move it', () => {
    expect(median([3.1, 0.4, 3.3])).toBe(3.1);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
  it('ignores runs without a figure, and is NaN with none', () => {
    expect(median([NaN, 2, 4])).toBe(3);
    expect(median([])).toBeNaN();
  });
});
