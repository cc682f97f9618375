// Uncaught exceptions as CPython 3.12 prints them: chained exceptions first,
// one `File "…", line N, in name` per frame with its source line, repeated
// frames folded, and the `Type: message` line.

import { PyException, PyList, type PyVal, type TbEntry } from './objects';
import * as ops from './ops';
import { caretLine } from './carets';
import { suggestion } from './suggest';
import { EXC, isSubtype } from './types';
import type { PyType } from './objects';

export interface SourceLines {
  line(filename: string, lineno: number): string | null;
}

function excLine(e: PyException): string {
  const t = e.cls;
  const name = t.module === '__main__' || t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  let msg: string;
  try {
    msg = ops.str(e);
  } catch {
    msg = '<exception str() failed>';
  }
  const hint = isSubtype(e.cls, EXC.NameError as PyType) || isSubtype(e.cls, EXC.AttributeError as PyType) ? suggestion(e) : null;
  if (hint) msg += `. Did you mean: '${hint}'?`;
  return msg ? `${name}: ${msg}` : name;
}

function frames(tb: readonly TbEntry[], src: SourceLines): string[] {
  const out: string[] = [];
  let last = '';
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) out.push(`  [Previous line repeated ${repeat - 3} more time${repeat - 3 > 1 ? 's' : ''}]\n`);
  };
  for (const f of tb) {
    const key = `${f.filename}:${f.lineno}:${f.name}`;
    if (key === last) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      last = key;
      repeat = 1;
    }
    out.push(`  File "${f.filename}", line ${f.lineno}, in ${f.name}\n`);
    const line = src.line(f.filename, f.lineno);
    if (line !== null && line.trim()) {
      out.push(`    ${line.trim()}\n`);
      const carets = caretLine(line, f);
      if (carets !== null) out.push(`${carets}\n`);
    }
  }
  flush();
  return out;
}

export function formatException(e: PyException, src: SourceLines, seen = new Set<PyException>()): string {
  seen.add(e);
  let out = '';
  if (e.cause && !seen.has(e.cause)) {
    out += formatException(e.cause, src, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatException(e.context, src, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  if (e.traceback.length) out += 'Traceback (most recent call last):\n' + frames(e.traceback, src).join('');
  out += `${excLine(e)}\n`;
  const notes = e.dict.get('__notes__');
  if (notes instanceof PyList) for (const n of notes.items) out += `${ops.str(n as PyVal)}\n`;
  return out;
}
