/**
 * Initial load: the JavaScript the page runs before its first paint, from a
 * production build made with the app's own Vite config, measured as the
 * build's budget check measures it (src/serving/initial-js.node.ts).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
// '.js' spelling: tsx would take an extensionless '….node' for a native addon.
import { type InitialLoad, formatInitialLoad, measureInitialLoad } from '../src/serving/initial-js.node.js';

export type { InitialLoad };

export async function benchInitialLoad(): Promise<InitialLoad> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = fileURLToPath(new URL('../node_modules/.cache/initial-load/', import.meta.url));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return measureInitialLoad(outDir);
}

export function printInitialLoad(r: InitialLoad): void {
  for (const line of formatInitialLoad(r)) console.log(line);
}
