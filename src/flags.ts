/**
 * The one reading of a yes/no URL value (`autoplay`, `embed`, on/off
 * parameters): a teacher who types `autoplay=TRUE` or `embed=on` means it,
 * and a typo must be named rather than quietly read as "no".
 */
export const FLAG_ON = ['1', 'true', 'yes', 'on'] as const;
export const FLAG_OFF = ['0', 'false', 'no', 'off'] as const;
/** For messages: what a flag may say. */
export const FLAG_VALUES = `${FLAG_ON.join(' | ')} | ${FLAG_OFF.join(' | ')}`;

/** true / false, or null when `raw` is neither (case and surrounding spaces do not matter). */
export function parseFlag(raw: string, on: readonly string[] = [], off: readonly string[] = []): boolean | null {
  const v = raw.trim().toLowerCase();
  if ((FLAG_ON as readonly string[]).includes(v) || on.some((w) => w.toLowerCase() === v)) return true;
  if ((FLAG_OFF as readonly string[]).includes(v) || off.some((w) => w.toLowerCase() === v)) return false;
  return null;
}

/** Page sizes: `large` is projector mode (text at least 16 px, taller lanes). */
export const SIZES = ['normal', 'large'] as const;
export type Size = (typeof SIZES)[number];

/** `size=large` or `size=normal`, upper or lower case; null for everything else (named in a message). */
export function parseSize(raw: string): Size | null {
  const v = raw.trim().toLowerCase();
  return (SIZES as readonly string[]).includes(v) ? (v as Size) : null;
}
