/**
 * The page's initial JavaScript: the scripts a built index.html names and
 * modulepreloads (what runs before the first paint, not chunks loaded later),
 * each gzipped at level 9. One measure for the bench and the build's budget check.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 11: at most this much initial JavaScript, gzipped. */
export const INITIAL_JS_BUDGET_BYTES = 150 * 1024;

export interface InitialLoad {
  files: { name: string; gzip: number }[];
  total: number;
}

/** The .js paths index.html loads up front, relative to the build folder, in page order. */
export function initialScripts(html: string): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*modulepreload[^>]*\shref)="([^"]+\.js)"/g)].map((m) => (m[1] ?? '').replace(/^\.?\//, ''));
}

export async function measureInitialLoad(outDir: string): Promise<InitialLoad> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const files = await Promise.all(initialScripts(html).map(async (name) => ({ name, gzip: gzipSync(await readFile(join(outDir, name)), { level: 9 }).length })));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

export function formatInitialLoad(r: InitialLoad, budget = INITIAL_JS_BUDGET_BYTES): string[] {
  const kb = (n: number) => (n / 1024).toFixed(1);
  return [
    ...r.files.map((f) => `  ${f.name.padEnd(40)}${kb(f.gzip).padStart(8)} KB gzip`),
    `  total before first paint: ${kb(r.total)} KB gzip against the budget of ${kb(budget)} KB (${(r.total / budget).toFixed(2)} of it)`,
  ];
}
