/**
 * Serves the "Open in Perfetto" relay page without the isolation headers
 * (dev and preview servers). Cross-Origin-Opener-Policy: same-origin cuts the
 * handle of every cross-origin window a page opens; the relay must keep it to
 * hand Perfetto the trace. The relay runs no lab code and reads no shared memory.
 */
import type { Connect, Plugin } from 'vite';

export const RELAY_PATH = '/perfetto-relay.html';
const DROPPED = new Set(['cross-origin-opener-policy', 'cross-origin-embedder-policy', 'document-isolation-policy']);

const middleware: Connect.NextHandleFunction = (req, res, next) => {
  const path = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
  if (path.endsWith(RELAY_PATH)) {
    const set = res.setHeader.bind(res);
    // The servers' header middleware runs later and sets every header on every path: skip these three here.
    res.setHeader = (name: string, value: number | string | readonly string[]) => (DROPPED.has(name.toLowerCase()) ? res : set(name, value));
  }
  next();
};

export function relayHeaders(): Plugin {
  return {
    name: 'perfetto-relay-headers',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
