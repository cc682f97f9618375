// Library modules from src/python/lib on disk (Node: the CLI and the tests),
// and, given a directory, a __pycache__ of their compiled code (code-pack.ts)
// that the run's workers share: the first worker that compiles a module
// stores its form, every later one loads it.

import { readFileSync, existsSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LibLoader } from './process';
import type { PackedModule } from './code-pack';
import { packOf } from './code-share';

/**
 * `packsDir`: where forms are kept. Only a dir made with this tree's bundles
 * (worker-bundle-build.node.ts empties `<bundles>/pyc` at every build), so a form
 * is always of the compiler that reads it; each is checked against its text too.
 */
export function nodeLib(root = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib'), packsDir: string | null = null): LibLoader {
  const formFile = (name: string): string | null => (packsDir ? join(packsDir, `${name}.json`) : null);
  return {
    load(name) {
      const base = join(root, ...name.split('.'));
      for (const [p, pkg] of [[`${base}.py`, false], [join(base, '__init__.py'), true]] as const) {
        if (existsSync(p)) return { source: readFileSync(p, 'utf8'), path: p, isPackage: pkg, packed: readForm(formFile(name)) };
      }
      return null;
    },
    compiled(name, path, source) {
      const file = formFile(name);
      if (file === null || existsSync(file)) return;
      const form = packOf(path, source);
      if (!form) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        // Whole or not at all: another worker may read it at any moment.
        const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        writeFileSync(tmp, JSON.stringify(form));
        renameSync(tmp, file);
      } catch {
        // A cache: a worker that cannot write it compiles as before.
      }
    },
  };
}

function readForm(file: string | null): PackedModule | null {
  if (file === null || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as PackedModule;
  } catch {
    return null;
  }
}
