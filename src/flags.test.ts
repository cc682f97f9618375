import { describe, expect, it } from 'vitest';
import { parseFlag } from './flags';

describe('parseFlag', () => {
  it('reads 1/true/yes/on and 0/false/no/off in any case', () => {
    for (const v of ['1', 'true', 'TRUE', 'Yes', 'on', ' ON ']) expect(parseFlag(v), v).toBe(true);
    for (const v of ['0', 'false', 'False', 'NO', 'off']) expect(parseFlag(v), v).toBe(false);
  });

  it('says null to anything else', () => {
    for (const v of ['', '2', 'y', 'truee', 'enabled']) expect(parseFlag(v), v).toBeNull();
  });

  it('takes a parameter’s own words too', () => {
    expect(parseFlag('LOCKED', ['locked'], ['open'])).toBe(true);
    expect(parseFlag('open', ['locked'], ['open'])).toBe(false);
  });
});
