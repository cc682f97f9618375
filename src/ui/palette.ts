/**
 * Thread identity: the Okabe–Ito colour-blind-safe palette. Beyond eight
 * threads colours repeat, so every lane and chip also carries the thread's
 * name: identity is never by hue alone.
 */
const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8a7a00', '#555555'] as const;

export function threadColor(index: number): string {
  return OKABE_ITO[((index % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length] ?? '#555555';
}

/**
 * The same hues for text and for chips with white text: darker in the light
 * theme and lighter in the dark one (CSS variables in styles.css), so they
 * pass WCAG AA contrast where the fill colours above would not.
 */
export function threadInk(index: number): string {
  return `var(--thread-ink-${((index % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length})`;
}
