import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspMeta } from './src/serving/csp-meta-plugin';
import { pythonPacks } from './src/serving/python-pack-plugin';
import { headersFile } from './src/serving/headers-file-plugin';
import { relayHeaders } from './src/serving/relay-headers-plugin';
import { isolationHeaders } from './src/serving/isolation-headers';
import { securityHeaders } from './src/serving/security-headers';

// Every server we ship sends the same isolation headers, so SharedArrayBuffer
// exists in the page and in every worker (workers are fetched with them too).
// The dev server sends no CSP: Vite's HMR client and React Refresh preamble
// are inline scripts. The build and preview run under the full policy.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), cspMeta(), relayHeaders(), headersFile(), pythonPacks()],
  server: { headers: { ...isolationHeaders, 'X-Content-Type-Options': 'nosniff' } },
  preview: { headers: { ...isolationHeaders, ...securityHeaders } },
  // The workers' own bundles: the VM's library code compiled by the build (python-pack-plugin.ts).
  worker: { format: 'es', plugins: () => [pythonPacks()] },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 20000,
    // Node worker entries bundled once per run: a worker then starts without tsx (WORKER-MODE.md).
    globalSetup: ['src/engine/worker-bundle.setup.node.ts'],
    // Real threads on a small shared machine: one retry in CI absorbs a rare
    // scheduling hiccup; a test that fails twice is a real failure.
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
  },
});
