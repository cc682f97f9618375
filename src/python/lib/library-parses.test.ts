// The library's modules are Python our VM must run: they must parse with our own front end,
// and compile or name the construct the compiler lacks (CompileNotSupported), never crash it.
// That CPython runs them as its own stdlib is checked by scripts/pylib-cpython-check.py.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../compiler';
import { CompileNotSupported } from '../compiler-errors';
import { parseModule } from '../parser';

const LIB = new URL('.', import.meta.url).pathname;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      // The shim implements _vm on CPython for testing; the VM never loads it.
      return entry.startsWith('_vm_cpython_shim') ? [] : modules(path);
    }
    return path.endsWith('.py') ? [path] : [];
  });
}

function compilesOrNamesTheGap(file: string): string {
  try {
    compileModule(parseModule(readFileSync(file, 'utf8'), file), file);
    return 'compiled';
  } catch (e) {
    if (e instanceof CompileNotSupported) return 'not supported yet';
    throw e;
  }
}

describe('src/python/lib parses with our parser', () => {
  const files = modules(LIB);

  it('finds the modules', () => {
    expect(files.map((f) => relative(LIB, f))).toEqual(expect.arrayContaining([
      'threading.py', 'queue.py', 'multiprocessing/__init__.py', 'concurrent/futures/_base.py',
    ]));
  });

  for (const file of files) {
    it(relative(LIB, file), () => {
      expect(() => parseModule(readFileSync(file, 'utf8'), file)).not.toThrow();
      expect(['compiled', 'not supported yet']).toContain(compilesOrNamesTheGap(file));
    });
  }
});
