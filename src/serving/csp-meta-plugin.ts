import type { Plugin } from 'vite';
import { cspValue } from './security-headers';

/**
 * Writes the CSP into the built index.html, for hosts that cannot send
 * headers (GitHub Pages). Build only: the dev server's HMR and React Refresh
 * preamble are inline scripts that this policy would (rightly) block.
 */
export function cspMeta(): Plugin {
  return {
    name: 'concurrency-lab:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspValue(true) }, injectTo: 'head-prepend' }],
    },
  };
}
