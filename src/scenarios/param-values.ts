import type { ParamValues } from './types';

/** A numeric parameter's value, or `fallback` when it is missing or not a number. */
export function num(p: ParamValues, key: string, fallback: number): number {
  const v = p[key];
  return typeof v === 'number' ? v : fallback;
}
