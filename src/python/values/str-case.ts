// Case mappings and the is* predicates of str. JavaScript gives upper and
// lower (with Python's special casing and final sigma); titlecase, case
// folding and the numeric classes come from tables made from CPython.

import { isPrintableCp } from './str-repr';
import { CASEFOLD_EXCEPTIONS, DECIMAL_RANGES, DIGIT_RANGES, NUMERIC_RANGES, TITLE_EXCEPTIONS } from './unicode-tables';
import { isSpaceCp } from './unicode-classes';

const CASED = /^\p{Cased}$/u;
const UPPER = /^\p{Uppercase}$/u;
const LOWER = /^\p{Lowercase}$/u;
const TITLE = /^\p{Lt}$/u;
const ALPHA = /^\p{L}$/u;
const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const ID_START = /^[\p{XID_Start}_]$/u;
const ID_CONTINUE = /^\p{XID_Continue}$/u;

function inRanges(table: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (table[2 * mid] as number)) hi = mid - 1;
    else if (cp > (table[2 * mid + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

export const upper = (s: string): string => s.toUpperCase();
export const lower = (s: string): string => s.toLowerCase();

function titleChar(ch: string): string {
  const t = TITLE_EXCEPTIONS.get(ch.codePointAt(0) as number);
  if (t !== undefined) return t;
  const up = [...ch.toUpperCase()];
  return (up[0] as string) + up.slice(1).join('').toLowerCase();
}

/** Lowercase of chars[i], with Greek final sigma decided by its neighbours as CPython does. */
function lowerAt(chars: readonly string[], i: number): string {
  const ch = chars[i] as string;
  if (ch !== '\u03a3') return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j] as string)) j--;
  const before = j >= 0 && CASED.test(chars[j] as string);
  let k = i + 1;
  while (k < chars.length && CASE_IGNORABLE.test(chars[k] as string)) k++;
  const after = k < chars.length && CASED.test(chars[k] as string);
  return before && !after ? '\u03c2' : '\u03c3';
}

export function title(s: string): string {
  const chars = [...s];
  let out = '';
  let prevCased = false;
  chars.forEach((ch, i) => {
    out += prevCased ? lowerAt(chars, i) : titleChar(ch);
    prevCased = CASED.test(ch);
  });
  return out;
}

export function capitalize(s: string): string {
  const chars = [...s];
  if (chars.length === 0) return s;
  let out = titleChar(chars[0] as string);
  for (let i = 1; i < chars.length; i++) out += lowerAt(chars, i);
  return out;
}

export function swapcase(s: string): string {
  const chars = [...s];
  let out = '';
  chars.forEach((ch, i) => {
    if (UPPER.test(ch)) out += lowerAt(chars, i);
    else if (LOWER.test(ch)) out += ch.toUpperCase();
    else out += ch;
  });
  return out;
}

export function casefold(s: string): string {
  let out = '';
  for (const ch of s) out += CASEFOLD_EXCEPTIONS.get(ch.codePointAt(0) as number) ?? ch.toUpperCase().toLowerCase();
  return out;
}

const every = (s: string, test: (ch: string, cp: number) => boolean): boolean => {
  if (s === '') return false;
  for (const ch of s) if (!test(ch, ch.codePointAt(0) as number)) return false;
  return true;
};

export const isdecimal = (s: string): boolean => every(s, (_, cp) => inRanges(DECIMAL_RANGES, cp));
export const isdigit = (s: string): boolean => every(s, (_, cp) => inRanges(DIGIT_RANGES, cp));
export const isnumeric = (s: string): boolean => every(s, (_, cp) => inRanges(NUMERIC_RANGES, cp));
export const isalpha = (s: string): boolean => every(s, (ch) => ALPHA.test(ch));
export const isalnum = (s: string): boolean => every(s, (ch, cp) => ALPHA.test(ch) || inRanges(NUMERIC_RANGES, cp));
export const isspace = (s: string): boolean => every(s, (_, cp) => isSpaceCp(cp));
export const isascii = (s: string): boolean => !/[^\p{ASCII}]/u.test(s);
export const isprintable = (s: string): boolean => s === '' || every(s, (_, cp) => isPrintableCp(cp));

export function isidentifier(s: string): boolean {
  const chars = [...s];
  if (chars.length === 0 || !ID_START.test(chars[0] as string)) return false;
  return chars.slice(1).every((ch) => ID_CONTINUE.test(ch));
}

export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}

export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}

export function istitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prev) return false;
      prev = cased = true;
    } else if (LOWER.test(ch)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}
