/**
 * Who may command an embedded lab, from `origin=`. A teacher who writes
 * `origin=` means "only these": when none of the values is a real web origin
 * the lab fails closed and obeys no one, rather than silently obeying everyone.
 */

export type OriginRule =
  /** No `origin=` at all: every parent page may send commands. */
  | { kind: 'any' }
  /** `origin=` given: only these (possibly none, when every value was invalid). */
  | { kind: 'listed'; origins: readonly string[] };

export interface OriginParse {
  rule: OriginRule;
  /** Values that are not a web origin, as written. */
  invalid: string[];
}

/**
 * The origin of `value` when it names an http(s) origin, else null.
 * `localhost:4711` parses as a URL of scheme `localhost:`, and `javascript:`,
 * `file:` or `data:` URLs have the opaque origin "null": none of them is a
 * page that could ever be our parent, and "null" must never match a sender.
 */
export function webOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.origin === 'null' || url.hostname === '') return null;
  return url.origin;
}

export function parseOrigins(raw: string | null): OriginParse {
  if (raw === null) return { rule: { kind: 'any' }, invalid: [] };
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const v of raw.split(',').map((s) => s.trim())) {
    if (v === '') continue;
    const o = webOrigin(v);
    if (o === null) invalid.push(v);
    else if (!origins.includes(o)) origins.push(o);
  }
  return { rule: { kind: 'listed', origins }, invalid };
}

export function acceptsOrigin(rule: OriginRule, origin: string): boolean {
  if (rule.kind === 'any') return true;
  // An opaque sender ("null") is nobody we can name, so it is never on a list.
  return origin !== 'null' && rule.origins.includes(origin);
}

/** Where events go: the first listed origin, anyone when unrestricted, nobody when locked. */
export function eventTarget(rule: OriginRule): string | null {
  if (rule.kind === 'any') return '*';
  return rule.origins[0] ?? null;
}
