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

/** traceback.py's _format_syntax_error: where a SyntaxError was found, then its message. */
function syntaxErrorLines(e: PyException, name: string): string | null {
  const d = e.dict;
  if (!isSubtype(e.cls, EXC.SyntaxError as PyType) || !d.has('msg')) return null;
  const num = (k: string): number | null => {
    const v = d.get(k);
    return typeof v === 'bigint' ? Number(v) : null;
  };
  const file = d.get('filename');
  const lineno = num('lineno');
  let out = '';
  let suffix = '';
  if (lineno !== null) out += `  File "${typeof file === 'string' && file ? file : '<string>'}", line ${lineno}\n`;
  else if (file !== null && file !== undefined) suffix = ` (${ops.str(file)})`;
  const text = d.get('text');
  if (typeof text === 'string') {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const cps = Array.from(ltext);
    const spaces = Array.from(rtext).length - cps.length;
    out += `    ${ltext}\n`;
    const offset = num('offset');
    if (offset !== null) {
      const endRaw = num('end_offset');
      let end = endRaw === null || endRaw === 0 ? offset : endRaw;
      if (offset === end || end === -1) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) out += `    ${cps.slice(0, col).map((c) => (/\s/.test(c) ? c : ' ')).join('')}${'^'.repeat(Math.max(0, endCol - col))}\n`;
    }
  }
  const msg = d.get('msg');
  return `${out}${name}: ${msg === null || msg === undefined || msg === '' ? '<no detail available>' : ops.str(msg)}${suffix}`;
}

export function excLine(e: PyException): string {
  const t = e.cls;
  const name = t.module === '__main__' || t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  const syntax = syntaxErrorLines(e, name);
  if (syntax !== null) return syntax;
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

/** skip: leading traceback entries of e itself to leave out (code.py drops its own frame). */
export function formatException(e: PyException, src: SourceLines, seen = new Set<PyException>(), skip = 0): string {
  seen.add(e);
  let out = '';
  if (e.cause && !seen.has(e.cause)) {
    out += formatException(e.cause, src, seen);
    out += '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (e.context && !e.suppressContext && !seen.has(e.context)) {
    out += formatException(e.context, src, seen);
    out += '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const tb = skip ? e.traceback.slice(skip) : e.traceback;
  if (tb.length) out += 'Traceback (most recent call last):\n' + frames(tb, src).join('');
  out += `${excLine(e)}\n`;
  const notes = e.dict.get('__notes__');
  if (notes instanceof PyList) for (const n of notes.items) out += `${ops.str(n as PyVal)}\n`;
  return out;
}
