// A schedule is a string with one character per step naming the thread by its
// lane (OSTEP's `-P 0011`): lanes 0–9, then a–z, in the order threads appear.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const MAX_LANES = DIGITS.length;

export function laneChar(lane: number): string {
  const c = DIGITS[lane];
  if (c === undefined) throw new RangeError(`lane ${lane} has no schedule character (at most ${MAX_LANES} threads)`);
  return c;
}

/** The lane a schedule character names, or -1 for a character that names none. */
export function laneOf(ch: string): number {
  return DIGITS.indexOf(ch.toLowerCase());
}
