/**
 * How many, in words, for the sentences that follow the settings: "two
 * threads" when there are two, "8 threads" when there are eight.
 */
import type { Lang } from '../i18n/lang';

const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
// 两 counts things (两个线程); 二 is only the digit.
const ZH = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];

/** A count as a word up to nine ("two", "两"), as digits beyond. */
export function countWord(n: number, lang: Lang): string {
  const w = (lang === 'zh' ? ZH : EN)[n];
  return Number.isInteger(n) && w !== undefined ? w : String(n);
}

/** The same, capitalised for the start of an English sentence. */
export function CountWord(n: number): string {
  const w = countWord(n, 'en');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `1 thread`, `3 threads`: English plurals of the few nouns we count. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** Seconds as the code shows them: 0.5, 0.25, 2 (no trailing zeros). */
export function secs(v: number): string {
  return String(Number(v.toFixed(3)));
}
