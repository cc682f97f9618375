// The program as `dis` prints it, for the code panel's bytecode view: every
// code object of the program (the module, then each nested one depth first,
// dis's order), each instruction with CPython's byte offset, opname, oparg and
// argrepr. Compiled again from the source (our compiler is deterministic, so
// these are the instructions the stepped frames run; listingKey ties them).
// Compile before the session boots: compileSource registers the module's code
// objects by file, and the running session's own compile must be the last.

import type { CodeObject } from '../code';
import { instructionOffsets } from '../assembler';
import { compileSource } from '../vm/process';
import { PySyntaxError } from '../errors';
import { CompileNotSupported } from '../compiler-errors';
import { listingKey, instrOf, type InstrView } from './state';

export interface CodeListing {
  /** listingKey: what a ThreadView's `code` names. */
  key: string;
  name: string;
  firstlineno: number;
  instrs: InstrView[];
}

function walk(code: CodeObject, filename: string, out: CodeListing[]): void {
  const offsets = instructionOffsets(code.instructions);
  const instrs: InstrView[] = [];
  code.instructions.forEach((_, i) => {
    const v = instrOf(code, i, offsets[i] ?? 0, filename);
    if (v) instrs.push(v);
  });
  out.push({ key: listingKey(code), name: code.name, firstlineno: code.firstlineno, instrs });
  for (const k of code.consts) if (k !== null && typeof k === 'object' && 'instructions' in k) walk(k, filename, out);
}

/** The listing of `source`, or [] when it does not compile (the session reports the error). */
export function programListing(source: string, path: string): CodeListing[] {
  let code: CodeObject;
  try {
    code = compileSource(source, path);
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof CompileNotSupported) return [];
    throw e;
  }
  const out: CodeListing[] = [];
  walk(code, path, out);
  return out;
}
