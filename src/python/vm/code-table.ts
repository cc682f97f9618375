// Code objects are per worker: every worker compiles the same file to the same
// tree, so a function in the heap names its code by (file, index in a
// depth-first walk of the module's code). This table turns one into the other.

import { NULL, newTuple, small, smallValue, strValue, tupleItems, internStr, type Ref } from '../heap';
import type { CodeObject } from '../code';
import { hc } from './heap-state';

const keys = new WeakMap<CodeObject, [file: string, index: number]>();
const byFile = new Map<string, CodeObject[]>();
/** Compiles a file this worker has not run yet (attachProcess sets it from the sources it was given). */
let compileFile: ((file: string) => CodeObject | null) | null = null;

export function setFileCompiler(fn: ((file: string) => CodeObject | null) | null): void {
  compileFile = fn;
}

const isCode = (c: unknown): c is CodeObject => typeof c === 'object' && c !== null && 'instructions' in c && 'consts' in c;

/** Numbers a freshly compiled module's code objects (depth first, constants in order). */
export function registerModule(root: CodeObject, file: string): void {
  const list: CodeObject[] = [];
  const walk = (c: CodeObject): void => {
    keys.set(c, [file, list.length]);
    list.push(c);
    for (const k of c.consts) if (isCode(k)) walk(k);
  };
  walk(root);
  byFile.set(file, list);
}

/** The module code registered under file in this worker (null when it has none). */
export function moduleCode(file: string): CodeObject | null {
  return byFile.get(file)?.[0] ?? null;
}

/** The heap's name for a code object (NULL for code not compiled from a registered file). */
export function codeKey(code: CodeObject): Ref {
  const k = keys.get(code);
  if (!k) return NULL;
  const h = hc().h;
  return newTuple(h, [internStr(h, k[0]), small(k[1])]);
}

/** This worker's code object for a key another worker stored, or null when it cannot have it. */
export function codeFromKey(key: Ref): CodeObject | null {
  if (key === NULL) return null;
  const h = hc().h;
  const [f, i] = tupleItems(h, key) as [Ref, Ref];
  const file = strValue(h, f);
  let list = byFile.get(file);
  if (!list && compileFile) {
    const root = compileFile(file);
    if (root) {
      registerModule(root, file);
      list = byFile.get(file);
    }
  }
  return list?.[smallValue(i)] ?? null;
}
