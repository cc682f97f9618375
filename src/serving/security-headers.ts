/**
 * The Content-Security-Policy and its companions, sent by every server we
 * ship (preview, `_headers`) and, where no header can be set (GitHub Pages),
 * written into the built index.html as a <meta>.
 *
 * Why each source is allowed:
 * - scripts are our own files only: the build has no inline script, and the
 *   service-worker loader is a file (`coi-register.js`), so no 'unsafe-inline'
 *   and no 'unsafe-eval';
 * - workers are our own files (`new Worker(new URL(…))`), and the service
 *   worker is same-origin: 'self' is enough, no blob:;
 * - styles: React and D3 set styles through the CSSOM (`el.style.x = …`),
 *   which CSP does not govern, so no 'unsafe-inline' either;
 * - frame-ancestors *: the lab is meant to be embedded in any course page;
 *   the postMessage API has its own `origin=` rule.
 */
export const cspDirectives: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'frame-ancestors': '*',
};

/** Browsers ignore (and warn about) these in a <meta> policy. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function cspValue(forMeta = false): string {
  return Object.entries(cspDirectives)
    .filter(([name]) => !(forMeta && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspValue(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
