// compile(), exec() and eval(): code from a string at run time, in the caller's
// namespaces by default. What code.interact and the page's REPL stand on.

import { PyCode, PyModule, PyException, PyTuple, type PyVal } from './objects';
import type * as A from '../ast';
import { PyDict } from './collections';
import { T, EXC, raise, typeName } from './types';
import type { PyType } from './objects';
import * as ops from './ops';
import { Frame, codeInfo } from './frame';
import { builtin, kwarg } from './native';
import { compileCheck } from '../parser';
import { compileModule, compileEval } from '../compiler';
import { CompileNotSupported } from '../compiler-errors';
import { PySyntaxError } from '../errors';
import type { CodeObject } from '../code';
import { foldConstants, wrapChainedTests } from './fold';

export type CompileMode = 'exec' | 'eval' | 'single';

/** What exec/eval need of the process: the running frame, its builtins module, a nested run. */
export interface ExecHost {
  currentFrame(): Frame | undefined;
  builtinsModule(): PyModule;
  runNested(frame: Frame): PyVal;
  /** locals() of the running frame: its namespace, or a snapshot of a function's fast locals. */
  locals(): PyVal;
}

/** The Python SyntaxError (or IndentationError, TabError) CPython raises for a PySyntaxError. */
export function syntaxErrorObject(e: PySyntaxError, source: string): PyException {
  const text = e.text ?? (source.split(/(?<=\n)/)[e.lineno - 1] ?? null);
  const info: PyVal[] = [e.filename, BigInt(e.lineno), BigInt(e.offset), text, BigInt(e.end_lineno), BigInt(e.end_offset)];
  return ops.call(EXC[e.kind] as PyType, [e.msg, new PyTuple(T.tuple, info)]) as PyException;
}

const COMPOUND = new Set(['If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'Try', 'TryStar', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Match']);

/** 'single' takes one statement: one compound statement, or one line of simple ones (statement_newline). */
function checkSingle(mod: A.Module, source: string, filename: string): void {
  const [first, next] = mod.body;
  if (!first || !next) return;
  const lines = source.split(/(?<=\n)/);
  if (!COMPOUND.has(first._type)) {
    const rest = mod.body.filter((st) => st.lineno !== first.lineno);
    if (!rest.length) return;
    const line = lines[first.lineno - 1] ?? '';
    const at = Array.from(line.replace(/\n$/, '')).length + 1;
    throw new PySyntaxError('SyntaxError', 'multiple statements found while compiling a single statement',
      { lineno: first.lineno, offset: at, end_lineno: first.lineno, end_offset: at + 1 }, line, filename);
  }
  const col = Array.from((lines[next.lineno - 1] ?? '').slice(0, next.col_offset)).length + 1;
  // Seen in 3.12: this error's text has no newline.
  throw new PySyntaxError('SyntaxError', 'invalid syntax', { lineno: next.lineno, offset: col, end_lineno: next.lineno, end_offset: col + 1 },
    (lines[next.lineno - 1] ?? '').replace(/\n$/, ''), filename);
}

/** Where CPython's parser stops when 'eval' gets statements: the first token no expression can take. */
function evalError(mod: A.Module, source: string, filename: string): PySyntaxError {
  const lines = source.split(/(?<=\n)/).map((l) => l.replace(/\n$/, ''));
  const first = mod.body[0] as A.Stmt;
  const at = (lineno: number, col: number, width: number): PySyntaxError => {
    const text = lines[lineno - 1] ?? '';
    const offset = Array.from(text.slice(0, col)).length + 1;
    return new PySyntaxError('SyntaxError', 'invalid syntax', { lineno, offset, end_lineno: lineno, end_offset: offset + width }, text, filename);
  };
  const after = (lineno: number, col: number): [number, string] => {
    const text = lines[lineno - 1] ?? '';
    let c = col;
    while (text[c] === ' ' || text[c] === '\t') c++;
    return [c, text.slice(c)];
  };
  let end: A.Pos | null = null;
  if (first._type === 'Expr') end = first;
  else if (first._type === 'Assign') end = first.targets[0] ?? null;
  else if (first._type === 'AugAssign' || first._type === 'AnnAssign') end = first.target;
  if (end === null) return at(first.lineno, first.col_offset, (/^\w+/.exec(lines[first.lineno - 1]?.slice(first.col_offset) ?? '')?.[0] ?? 'x').length);
  const [c, rest] = after(end.end_lineno ?? end.lineno, end.end_col_offset ?? 0);
  if (rest === '') {
    const next = mod.body[1] as A.Stmt;
    return at(next.lineno, next.col_offset, 1);
  }
  return at(end.end_lineno ?? end.lineno, c, (/^[-+*/%@&|^<>]*=|^./.exec(rest)?.[0] ?? ' ').length);
}

/** compile(source, filename, mode): our CodeObject, not registered for other workers (it has no file). */
/** compile()'s flags that codeop passes (Include/cpython/compile.h). */
export const PyCF_DONT_IMPLY_DEDENT = 0x200;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;

/** An error the parser met at the end of the input: more lines could still make it valid. */
function atEndOfInput(e: PySyntaxError): boolean {
  return !e.caret || /was never closed|^unterminated triple-quoted|^unexpected EOF while parsing/.test(e.msg);
}

export function compileString(text: string, filename: string, mode: CompileMode, flags = 0): CodeObject {
  // Only 'exec' reads its string as a file, adding the final newline it lacks (exec_input); error texts follow.
  const source = mode === 'exec' && !text.endsWith('\n') ? `${text}\n` : text;
  const incomplete = (flags & PyCF_ALLOW_INCOMPLETE_INPUT) !== 0;
  const eofError = (): PySyntaxError => {
    const n = source.split('\n').length;
    const err = new PySyntaxError('SyntaxError', incomplete ? 'incomplete input' : 'unexpected EOF while parsing', { lineno: n, offset: 0, end_lineno: n, end_offset: 0 }, null, filename);
    err.caret = false;
    return err;
  };
  try {
    let mod: A.Module;
    try {
      mod = compileCheck(source, filename);
    } catch (e) {
      if (incomplete && e instanceof PySyntaxError && atEndOfInput(e)) throw eofError();
      throw e;
    }
    // Without the implied DEDENTs at the end, a compound statement goes on until a blank line ends it.
    const last = mod.body[mod.body.length - 1];
    if ((flags & PyCF_DONT_IMPLY_DEDENT) !== 0 && !source.endsWith('\n') && last && COMPOUND.has(last._type)) throw eofError();
    if (mode === 'eval') {
      const only = mod.body[0];
      if (mod.body.length !== 1 || only?._type !== 'Expr') throw evalError(mod, source, filename);
      return compileEval(only.value, filename);
    }
    if (mode === 'single') checkSingle(mod, source, filename);
    foldConstants(mod);
    wrapChainedTests(mod);
    return compileModule(mod, filename, mode);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // Seen in 3.12: without a final newline ('single', 'eval'), an error at the end of the last line has no column.
      const lines = source.split('\n');
      const line = lines[e.lineno - 1];
      if (mode !== 'exec' && e.lineno === lines.length && line !== undefined && e.offset > Array.from(line).length) {
        throw syntaxErrorObject(new PySyntaxError(e.kind, e.msg, { lineno: e.lineno, offset: 0, end_lineno: e.end_lineno, end_offset: 0 }, e.text, e.filename), source);
      }
      throw syntaxErrorObject(e, source);
    }
    if (e instanceof CompileNotSupported) throw raise('NotImplementedError', `${e.message} is not supported yet`);
    throw e;
  }
}

function modeOf(v: PyVal): CompileMode {
  if (v === 'exec' || v === 'eval' || v === 'single') return v;
  throw raise('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
}

function sourceOf(v: PyVal, fn: string): string {
  if (typeof v === 'string') return v;
  throw raise('TypeError', `${fn}() arg 1 must be a string, bytes or code object`);
}

/** Runs code with these namespaces; globals without __builtins__ get this process's (as CPython does). */
function runCode(host: ExecHost, code: CodeObject, g: PyVal, l: PyVal, fn: string): PyVal {
  const caller = host.currentFrame();
  let globals: PyDict;
  let locals: PyVal;
  if (g === null || g === undefined) {
    if (!caller) throw raise('SystemError', `${fn}(): no current frame`);
    globals = caller.globals;
    locals = l ?? host.locals();
  } else {
    if (!(g instanceof PyDict)) throw raise('TypeError', `${fn}() globals must be a dict, not ${typeName(g)}`);
    globals = g;
    locals = l ?? g;
  }
  if (globals.getStr('__builtins__') === undefined) globals.setStr('__builtins__', host.builtinsModule());
  const names = locals === globals ? globals : (locals as PyDict);
  return host.runNested(new Frame(codeInfo(code, code.filename), [], globals, names, null));
}

/** compile, exec and eval for a process's builtins. */
export function execBuiltins(host: ExecHost): [string, PyVal][] {
  return [
    ['compile', builtin('compile', (a, kw) => {
      const src = a[0] ?? kwarg(kw, 'source', null);
      const filename = a[1] ?? kwarg(kw, 'filename', null);
      const mode = modeOf(a[2] ?? kwarg(kw, 'mode', null));
      if (src instanceof PyCode) return src;
      if (typeof filename !== 'string') throw raise('TypeError', `compile() argument 'filename' must be str, not ${typeName(filename ?? null)}`);
      const flags = Number(ops.index(a[3] ?? kwarg(kw, 'flags', 0n)));
      return new PyCode(T.code, compileString(sourceOf(src ?? null, 'compile'), filename, mode, flags));
    })],
    ['exec', builtin('exec', (a, kw) => {
      const src = a[0] ?? null;
      const code = src instanceof PyCode ? src.code : compileString(sourceOf(src, 'exec'), '<string>', 'exec');
      runCode(host, code, a[1] ?? kwarg(kw, 'globals', null), a[2] ?? kwarg(kw, 'locals', null), 'exec');
      return null;
    })],
    ['eval', builtin('eval', (a, kw) => {
      const src = a[0] ?? null;
      const code = src instanceof PyCode ? src.code : compileString(sourceOf(src, 'eval').replace(/^[ \t]+/, ''), '<string>', 'eval');
      return runCode(host, code, a[1] ?? kwarg(kw, 'globals', null), a[2] ?? kwarg(kw, 'locals', null), 'eval');
    })],
  ];
}
