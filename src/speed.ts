/**
 * `speed=`: simulated seconds per real second. Plain decimals only (`10`,
 * `0.5`, `10x`): `Number()` would also take `0x10`, `1e3` or `Infinity`,
 * which no teacher writes on purpose. `max` asks for the fastest speed.
 */
export const SPEED_MIN = 0.1;
export const SPEED_MAX = 1000;
export const SPEED_MAX_WORD = 'max';

/**
 * The speed `raw` asks for, or null. `max` is SPEED_MAX until the clock can
 * run unpaced; then only this function needs to change.
 */
export function parseSpeed(raw: string): number | null {
  const v = raw.trim().toLowerCase();
  if (v === SPEED_MAX_WORD) return SPEED_MAX;
  // A trailing "x" ("10x") is how people say speeds; the README's examples never need it.
  const m = /^(\d+(?:\.\d*)?|\.\d+)x?$/.exec(v);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= SPEED_MIN && n <= SPEED_MAX ? n : null;
}
