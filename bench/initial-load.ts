/**
 * Initial load: the JavaScript the page runs before its first paint (the
 * scripts index.html names, not chunks loaded later), gzipped, from a
 * production build made with the app's own Vite config.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface InitialLoad {
  files: { name: string; gzip: number }[];
  total: number;
}

export async function benchInitialLoad(): Promise<InitialLoad> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = fileURLToPath(new URL('../node_modules/.cache/initial-load/', import.meta.url));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const html = await readFile(`${outDir}index.html`, 'utf8');
  const names = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*modulepreload[^>]*\shref)="([^"]+\.js)"/g)].map((m) => (m[1] ?? '').replace(/^\.\//, ''));
  const files = await Promise.all(names.map(async (name) => ({ name, gzip: gzipSync(await readFile(`${outDir}${name}`), { level: 9 }).length })));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

export function printInitialLoad(r: InitialLoad): void {
  for (const f of r.files) console.log(`  ${f.name.padEnd(40)}${(f.gzip / 1024).toFixed(1).padStart(8)} KB gzip`);
  console.log(`  total before first paint: ${(r.total / 1024).toFixed(1)} KB gzip against the target of 150 KB (${(r.total / 1024 / 150).toFixed(2)} of it)`);
}
