// A `dis`-like listing of our code objects: one line per instruction with
// line number, opcode name, oparg and its meaning; nested code objects follow.

import type { CodeObject } from './compiler';

export interface DisEntry {
  name: string;
  instructions: [string, number | null, string, number | null][];
}

/** The comparable shape the expectation generator writes for CPython's dis. */
export function disEntries(code: CodeObject): DisEntry[] {
  const out: DisEntry[] = [{ name: code.name, instructions: code.instructions.map((i) => [i.opname, i.arg, i.argrepr, i.lineno]) }];
  for (const c of code.consts) {
    if (c !== null && typeof c === 'object' && 'instructions' in c) out.push(...disEntries(c));
  }
  return out;
}

export function dis(code: CodeObject): string {
  const lines: string[] = [];
  for (const entry of disEntries(code)) {
    lines.push(`Disassembly of ${entry.name}:`);
    let lastLine: number | null = -1;
    for (const [op, arg, repr, line] of entry.instructions) {
      const ln = line !== lastLine ? String(line ?? '').padStart(4) : '    ';
      lastLine = line;
      const argText = arg === null ? '' : String(arg).padStart(3);
      lines.push(`${ln}  ${op.padEnd(20)} ${argText}${repr ? ` (${repr})` : ''}`.trimEnd());
    }
    lines.push('');
  }
  return lines.join('\n');
}
