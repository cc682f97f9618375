/**
 * Headers that make the app cross-origin isolated (SharedArrayBuffer + Atomics).
 * CORP lets an isolated course page embed us; Document-Isolation-Policy isolates
 * the app even inside a plain course page where the browser supports it.
 */
export const isolationHeaders: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'Document-Isolation-Policy': 'isolate-and-require-corp',
};
