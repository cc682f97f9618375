/**
 * "2.00 s" must not break between the figure and its unit on a stat card: a
 * no-break space joins a number to a short unit after it ("s", "ms", "×").
 */
export function keepUnit(value: number | string): string {
  return String(value).replace(/(\d) (?=(?:s|ms|µs|×|%|秒|倍)(?=\s|$|[)）]))/g, '$1\u00a0');
}
