import type { Localized } from '../i18n/lang';

/**
 * How much faster something ran than a baseline, said honestly: a ratio
 * below 1 is a slow-down. "快了 0.31 倍" or "0.76× faster" tell a student the
 * opposite of what happened. Within ±5 % we say "about the same": timings
 * in a browser are that noisy.
 */
export const SAME_BAND = 0.05;

export function speedupPhrase(ratio: number): Localized {
  if (!Number.isFinite(ratio)) return { zh: '—', en: '—' };
  const r = ratio.toFixed(2);
  if (ratio >= 1 + SAME_BAND) return { zh: `快了，是 ${r} 倍的速度`, en: `${r}× faster` };
  if (ratio > 1 - SAME_BAND) return { zh: `差不多一样快（${r} 倍）`, en: `${r}× (about the same)` };
  return { zh: `慢了，只有 ${r} 倍的速度`, en: `${r}× (slower)` };
}
