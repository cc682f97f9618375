/**
 * An untrusted value, shown in an error reply. A course page may send
 * anything, megabytes included; a reply that echoes it whole would be a
 * way to make the lab copy memory, so it quotes at most `max` characters.
 */
export const QUOTE_MAX = 200;

export function quote(value: unknown, max = QUOTE_MAX): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // BigInt, cycles: a description is enough.
    text = Object.prototype.toString.call(value);
  }
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
