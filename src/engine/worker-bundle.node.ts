/**
 * Where a Node worker entry's prebuilt bundle is, if any. Under tsx every
 * worker transpiles the whole VM again (hundreds of ms to seconds per worker
 * on a loaded box); a bundle built once per test run starts in plain Node.
 * Only used when CL_WORKER_BUNDLES names a directory (the vitest globalSetup
 * sets it), so a stale bundle is never picked up by the CLI or a later run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative, sep } from 'node:path';

export const BUNDLES_ENV = 'CL_WORKER_BUNDLES';

/** The repository root: entries are named by their path from it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundle's file name for a source entry, e.g. src/python/vm/workers/py-thread.node.mjs. */
export function bundleName(entryFile: string): string {
  return relative(ROOT, entryFile).split(sep).join('/').replace(/\.ts$/, '.mjs');
}

/** The bundle of `entry` in `dir` (default: $CL_WORKER_BUNDLES) when it was built, else null. */
export function bundledEntry(entry: URL, dir: string | undefined = process.env[BUNDLES_ENV]): URL | null {
  if (!dir || entry.protocol !== 'file:' || !entry.pathname.endsWith('.ts')) return null;
  const file = join(dir, bundleName(fileURLToPath(entry)));
  return existsSync(file) ? pathToFileURL(file) : null;
}
