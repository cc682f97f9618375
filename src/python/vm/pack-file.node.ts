// A library file's packed code (code-pack.ts), made by the build (the vite
// plugin src/serving/python-pack-plugin.ts) with the very compiler it bundles.
import { readFileSync } from 'node:fs';
import { compileSource } from './process';
import { packModule, type PackedModule } from './code-pack';

/** The packed code of the file at `file`, named `path` as the loader names it; null when it does not compile (the worker then reports the error). */
export function packFile(file: string, path: string): PackedModule | null {
  const source = readFileSync(file, 'utf8');
  try {
    return packModule(compileSource(source, path), source);
  } catch {
    return null;
  }
}
