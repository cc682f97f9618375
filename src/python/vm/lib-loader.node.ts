// Library modules from src/python/lib on disk (Node: the CLI and the tests).

import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LibLoader } from './process';

export function nodeLib(root = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib')): LibLoader {
  return {
    load(name) {
      const base = join(root, ...name.split('.'));
      for (const [p, pkg] of [[`${base}.py`, false], [join(base, '__init__.py'), true]] as const) {
        if (existsSync(p)) return { source: readFileSync(p, 'utf8'), path: p, isPackage: pkg };
      }
      return null;
    },
  };
}
