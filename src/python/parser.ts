// Entry point: source text → ast.Module, raising PySyntaxError as CPython 3.12 would.

import type * as A from './ast';
import { PySyntaxError } from './errors';
import { Parser } from './parser-core';
import { Source } from './source';
import { statements } from './statements';
import { tokenize } from './tokenizer';
import { checkModule } from './checks';

/** Parses like `ast.parse`: syntax only, no compiler checks. */
export function parseModule(text: string, filename = '<unknown>'): A.Module {
  const src = new Source(text.replace(/\r\n?/g, '\n'));
  const p = new Parser(src, tokenize(src));
  try {
    const body = statements(p);
    if (p.tok.type !== 'ENDMARKER') throw p.invalid();
    return { _type: 'Module', body, type_ignores: [] };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    const err = p.preferTokenizerError(e);
    err.filename = filename;
    throw err;
  }
}

/** Parses like `compile(..., 'exec')`: also runs the checks CPython's compiler and symtable make. */
export function compileCheck(text: string, filename = '<unknown>'): A.Module {
  const mod = parseModule(text, filename);
  const src = new Source(text.replace(/\r\n?/g, '\n'));
  try {
    checkModule(mod, src);
  } catch (e) {
    if (e instanceof PySyntaxError) e.filename = filename;
    throw e;
  }
  return mod;
}
