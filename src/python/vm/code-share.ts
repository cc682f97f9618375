// Where a worker's code objects come from: a packed form (code-pack.ts) when it
// has one for exactly this text, else the compiler. A started thread's worker
// gets the forms of the process's files from the starter (worker-start.ts), so
// it never parses or compiles what the process compiled already.

import type { CodeObject } from '../code';
import { compileSource } from './process';
import { moduleCode, registerModule } from './code-table';
import { packModule, sourceHash, unpackModule, PACK_FORMAT, type PackedModule } from './code-pack';

const packs = new WeakMap<CodeObject, PackedModule>();

/** Whether a form was compiled from this very text by this format (a stale one is never used). */
export function packFits(packed: PackedModule, source: string, file: string): boolean {
  return packed.format === PACK_FORMAT && packed.filename === file && packed.source === sourceHash(source);
}

/** The module's code: unpacked from `packed` when it fits the text, else compiled. Registered under file either way. */
export function loadCode(source: string, file: string, packed?: PackedModule | null): CodeObject {
  if (packed && packFits(packed, source, file)) {
    const code = unpackModule(packed);
    registerModule(code, file);
    packs.set(code, packed);
    return code;
  }
  return compileSource(source, file);
}

/** The packed code of every file the process loaded (those this worker has code for), for a worker it starts. */
export function packsOf(sources: Map<string, string[]>): Record<string, PackedModule> {
  const out: Record<string, PackedModule> = {};
  for (const [file, lines] of sources) {
    const p = packOf(file, lines.join('\n'));
    if (p) out[file] = p;
  }
  return out;
}

/** The packed form of the module this worker registered under file (made once, then kept), or null. */
export function packOf(file: string, source: string): PackedModule | null {
  const code = moduleCode(file);
  if (!code) return null;
  let p = packs.get(code);
  if (!p) {
    p = packModule(code, source);
    packs.set(code, p);
  }
  return p;
}
