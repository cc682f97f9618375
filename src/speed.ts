/**
 * `speed=`: how fast a person watches, in simulated seconds per real second
 * of the clock's jumps (virtual time: what a program sees never depends on
 * it). Plain decimals only (`10`, `0.5`, `10x`): `Number()` would also take
 * `0x10`, `1e3` or `Infinity`, which no teacher writes on purpose. `max`
 * makes every jump instant (SPEED_INSTANT, Infinity).
 */
import { SPEED_INSTANT } from './runtime/virtual-time';

export { SPEED_INSTANT } from './runtime/virtual-time';
export const SPEED_MIN = 0.1;
export const SPEED_MAX = 1000;
export const SPEED_MAX_WORD = 'max';

/** The speed `raw` asks for, or null. */
export function parseSpeed(raw: string): number | null {
  const v = raw.trim().toLowerCase();
  if (v === SPEED_MAX_WORD) return SPEED_INSTANT;
  // A trailing "x" ("10x") is how people say speeds; the README's examples never need it.
  const m = /^(\d+(?:\.\d*)?|\.\d+)x?$/.exec(v);
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return n >= SPEED_MIN && n <= SPEED_MAX ? n : null;
}

/** A speed as the URL and the embed API write it: a number, or `max`. */
export function formatSpeed(speed: number): string {
  return speed === SPEED_INSTANT ? SPEED_MAX_WORD : String(speed);
}

/** A speed as accepted from a control or a command: within range, or instant. */
export function clampSpeed(speed: number): number {
  if (speed === SPEED_INSTANT) return speed;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
}
