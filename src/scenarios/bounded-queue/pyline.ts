/**
 * Just enough Python to run one line against a `multiprocessing.Queue` named
 * `q`: literals, `print(...)`, `q.method(args, key=value)`. It binds a call
 * to the real method signatures (CPython's multiprocessing/queues.py), so a
 * wrong call fails the way Python fails it, with Python 3's message: the
 * lesson's own mistakes (`print(q.full)`, `q.put_nowait()`,
 * `q.get(block=True,time=10)`) come out of here, not out of a script.
 *
 * Runs in a worker (the program) and on the page (to explain a line). Pure:
 * the queue itself is reached through `QueueOps`. The evaluator yields each
 * queue call and print as an effect, so the same evaluation runs against
 * plain calls (`runLine`: the page, the tests) or awaited ones
 * (`runLineAsync`: a program on either runtime).
 */
import { PyException } from '../../runtime/errors';

export type QueueValue = string | number;

/** A Python object this little language can hold. */
export type PyValue =
  | null
  | boolean
  | number
  | string
  | { py: 'queue' }
  | { py: 'method'; name: MethodName }
  | { py: 'builtin'; name: 'print' };

/** What the queue methods do; the program maps them to the runtime's queue calls. */
export interface QueueOps {
  put(item: QueueValue, block: boolean, timeout: number | null): void;
  get(block: boolean, timeout: number | null): QueueValue;
  qsize(): number;
  empty(): boolean;
  full(): boolean;
}

export interface PyEnv {
  queue: QueueOps;
  /** `print()`'s output line. */
  print(text: string): void;
}

type Awaitable<T> = T | Promise<T>;

/** QueueOps whose calls may answer later (the runtime's awaited py calls). */
export type AsyncQueueOps = { [K in keyof QueueOps]: (...a: Parameters<QueueOps[K]>) => Awaitable<ReturnType<QueueOps[K]>> };

export interface AsyncPyEnv {
  queue: AsyncQueueOps;
  print(text: string): Awaitable<void>;
}

/** What evaluating a line asks of its environment, in the order Python does it. */
type Effect =
  | { op: 'put'; item: QueueValue; block: boolean; timeout: number | null }
  | { op: 'get'; block: boolean; timeout: number | null }
  | { op: 'qsize' | 'empty' | 'full' }
  | { op: 'print'; text: string };

/** Evaluation: yields effects, is resumed with each effect's value (None for put and print). */
type Eval = Generator<Effect, PyValue, PyValue>;

/** The Queue's repr; the address is made up, like every address here. */
export const QUEUE_REPR = '<multiprocessing.queues.Queue object at 0x7f3a2c1d5e50>';

/**
 * The methods of multiprocessing.queues.Queue this lab runs, with their
 * parameters after `self` and how many of them are required.
 */
const SIGNATURES = {
  put: { params: ['obj', 'block', 'timeout'], required: 1 },
  get: { params: ['block', 'timeout'], required: 0 },
  qsize: { params: [], required: 0 },
  empty: { params: [], required: 0 },
  full: { params: [], required: 0 },
  put_nowait: { params: ['obj'], required: 1 },
  get_nowait: { params: [], required: 0 },
} as const satisfies Record<string, { params: readonly string[]; required: number }>;

export type MethodName = keyof typeof SIGNATURES;

/** Real methods of the Queue that this lab does not offer (named honestly rather than called missing). */
const NOT_IN_LAB = new Set(['close', 'join_thread', 'cancel_join_thread']);

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(SIGNATURES, name);
}

// ---- tokens ----

type Token =
  | { t: 'name'; v: string }
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'op'; v: string }
  | { t: 'end' };

function syntaxError(message: string): PyException {
  return new PyException('SyntaxError', message, 0);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '#') break; // a comment runs to the end of the line
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== ch) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[j + 1] ?? '';
          text += ESCAPES[e] ?? `\\${e}`;
          j += 2;
        } else {
          text += src[j];
          j++;
        }
      }
      if (j >= src.length) throw syntaxError('unterminated string literal (detected at line 1)');
      out.push({ t: 'str', v: text });
      i = j + 1;
      continue;
    }
    if ('(),=.-+'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
      continue;
    }
    throw syntaxError('invalid syntax');
  }
  out.push({ t: 'end' });
  return out;
}

// ---- syntax ----

type Expr =
  | { k: 'lit'; v: PyValue }
  | { k: 'name'; id: string }
  | { k: 'attr'; obj: Expr; name: string }
  | { k: 'call'; fn: Expr; args: Expr[]; kwargs: { name: string; value: Expr }[] }
  | { k: 'neg'; e: Expr };

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  statement(): Expr {
    const e = this.expr();
    const next = this.peek();
    if (next.t !== 'end') throw syntaxError(next.t === 'op' && next.v === ')' ? "unmatched ')'" : 'invalid syntax');
    return e;
  }

  private peek(): Token {
    return this.tokens[this.at] ?? { t: 'end' };
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t.t === 'op' && t.v === v;
  }

  private expr(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const neg = this.isOp('-');
      this.at++;
      const e = this.expr();
      return neg ? { k: 'neg', e } : e;
    }
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.at++;
        const t = this.peek();
        if (t.t !== 'name') throw syntaxError('invalid syntax');
        this.at++;
        e = { k: 'attr', obj: e, name: t.v };
      } else if (this.isOp('(')) {
        this.at++;
        e = this.call(e);
      } else return e;
    }
  }

  private call(fn: Expr): Expr {
    const args: Expr[] = [];
    const kwargs: { name: string; value: Expr }[] = [];
    while (!this.isOp(')')) {
      if (this.peek().t === 'end') throw syntaxError("'(' was never closed");
      const t = this.peek();
      const n = this.tokens[this.at + 1];
      if (t.t === 'name' && n?.t === 'op' && n.v === '=') {
        this.at += 2;
        if (kwargs.some((k) => k.name === t.v)) throw syntaxError(`keyword argument repeated: ${t.v}`);
        kwargs.push({ name: t.v, value: this.expr() });
      } else {
        const value = this.expr();
        if (kwargs.length > 0) throw syntaxError('positional argument follows keyword argument');
        args.push(value);
      }
      if (this.isOp(',')) this.at++;
      else if (!this.isOp(')')) throw syntaxError(this.peek().t === 'end' ? "'(' was never closed" : 'invalid syntax');
    }
    this.at++;
    return { k: 'call', fn, args, kwargs };
  }

  private atom(): Expr {
    const t = this.peek();
    this.at++;
    switch (t.t) {
      case 'num':
      case 'str':
        return { k: 'lit', v: t.v };
      case 'name':
        if (t.v === 'True') return { k: 'lit', v: true };
        if (t.v === 'False') return { k: 'lit', v: false };
        if (t.v === 'None') return { k: 'lit', v: null };
        return { k: 'name', id: t.v };
      case 'op':
        if (t.v === '(') {
          if (this.isOp(')')) throw syntaxError('invalid syntax'); // a tuple: not in this lab
          const e = this.expr();
          if (this.peek().t === 'end') throw syntaxError("'(' was never closed");
          if (!this.isOp(')')) throw syntaxError('invalid syntax');
          this.at++;
          return e;
        }
        throw syntaxError(t.v === ')' ? "unmatched ')'" : 'invalid syntax');
      default:
        throw syntaxError('invalid syntax');
    }
  }
}

// ---- values ----

export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'string') return 'str';
  if (v.py === 'queue') return 'Queue';
  if (v.py === 'method') return 'method';
  return 'builtin_function_or_method';
}

function numberRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Object.is(n, -0)) return '-0.0';
  // A JS number does not remember whether it was written 3 or 3.0: both show as 3.
  return String(n);
}

/** Python's repr of a str: single quotes unless the text has one and no double quote. */
export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    if (ch === '\\') out += '\\\\';
    else if (ch === q) out += `\\${q}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else out += ch;
  }
  return q + out + q;
}

export function pyRepr(v: PyValue): string {
  if (typeof v === 'string') return strRepr(v);
  return pyStr(v);
}

export function pyStr(v: PyValue): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return numberRepr(v);
  if (typeof v === 'string') return v;
  if (v.py === 'queue') return QUEUE_REPR;
  if (v.py === 'method') return `<bound method Queue.${v.name} of ${QUEUE_REPR}>`;
  return '<built-in function print>';
}

function truthy(v: PyValue): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return true;
}

/**
 * Binds a call to `Queue.<name>`'s parameters in CPython's order of checks:
 * each keyword (unknown, or already given by position), then too many
 * positionals, then missing ones. Messages as Python 3.10+ words them.
 */
export function bindCall(name: MethodName, args: readonly PyValue[], kwargs: readonly { name: string; value: PyValue }[]): Record<string, PyValue> {
  const sig = SIGNATURES[name];
  const params: readonly string[] = sig.params;
  const fn = `Queue.${name}()`;
  const bound: Record<string, PyValue> = {};
  for (const kw of kwargs) {
    const at = params.indexOf(kw.name);
    if (at < 0) throw new PyException('TypeError', `${fn} got an unexpected keyword argument '${kw.name}'`, 0);
    if (at < args.length) throw new PyException('TypeError', `${fn} got multiple values for argument '${kw.name}'`, 0);
    bound[kw.name] = kw.value;
  }
  if (args.length > params.length) {
    // Python counts `self` on both sides.
    const most = params.length + 1;
    const least = sig.required + 1;
    const takes = least === most ? `${most} positional argument${most === 1 ? '' : 's'}` : `from ${least} to ${most} positional arguments`;
    const given = args.length + 1;
    throw new PyException('TypeError', `${fn} takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`, 0);
  }
  args.forEach((v, i) => {
    const p = params[i];
    if (p !== undefined) bound[p] = v;
  });
  const missing = params.slice(0, sig.required).filter((p) => !(p in bound));
  if (missing.length > 0) {
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    throw new PyException('TypeError', `${fn} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`, 0);
  }
  return bound;
}

/** The timeout as the queue takes it: None, or seconds (a negative one means "do not wait", as multiprocessing treats it). */
function timeoutOf(v: PyValue | undefined, method: 'put' | 'get'): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return Math.max(0, Number(v));
  // put hands it to a semaphore, get adds it to time.monotonic(): Python words the two differently.
  throw new PyException(
    'TypeError',
    method === 'put' ? `must be real number, not ${typeName(v)}` : `unsupported operand type(s) for +: 'float' and '${typeName(v)}'`,
    0,
  );
}

function itemOf(v: PyValue | undefined): QueueValue {
  if (typeof v === 'string' || typeof v === 'number') return v;
  // Python would pickle any object; this lab's shared-memory queue holds text and numbers.
  throw new PyException('NotImplementedError', `this lab's queue holds str, int and float items, not ${typeName(v ?? null)}`, 0);
}

function* callMethod(name: MethodName, bound: Record<string, PyValue>): Eval {
  switch (name) {
    case 'put': {
      const item = itemOf(bound.obj);
      const block = bound.block === undefined ? true : truthy(bound.block);
      yield { op: 'put', item, block, timeout: block ? timeoutOf(bound.timeout, 'put') : null };
      return null;
    }
    case 'get': {
      const block = bound.block === undefined ? true : truthy(bound.block);
      return yield { op: 'get', block, timeout: block ? timeoutOf(bound.timeout, 'get') : null };
    }
    case 'put_nowait':
      yield { op: 'put', item: itemOf(bound.obj), block: false, timeout: null };
      return null;
    case 'get_nowait':
      return yield { op: 'get', block: false, timeout: null };
    case 'qsize':
    case 'empty':
    case 'full':
      return yield { op: name };
  }
}

function* evaluate(e: Expr): Eval {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'neg': {
      const v = yield* evaluate(e.e);
      if (typeof v === 'number') return -v;
      if (typeof v === 'boolean') return v ? -1 : 0;
      throw new PyException('TypeError', `bad operand type for unary -: '${typeName(v)}'`, 0);
    }
    case 'name':
      if (e.id === 'q') return { py: 'queue' };
      if (e.id === 'print') return { py: 'builtin', name: 'print' };
      throw new PyException('NameError', `name '${e.id}' is not defined`, 0);
    case 'attr': {
      const obj = yield* evaluate(e.obj);
      if (obj !== null && typeof obj === 'object' && obj.py === 'queue') {
        if (isMethod(e.name)) return { py: 'method', name: e.name };
        if (NOT_IN_LAB.has(e.name)) throw new PyException('NotImplementedError', `q.${e.name}() is not part of this lab`, 0);
      }
      throw new PyException('AttributeError', `'${typeName(obj)}' object has no attribute '${e.name}'`, 0);
    }
    case 'call': {
      const fn = yield* evaluate(e.fn);
      const args: PyValue[] = [];
      for (const a of e.args) args.push(yield* evaluate(a));
      const kwargs: { name: string; value: PyValue }[] = [];
      for (const k of e.kwargs) kwargs.push({ name: k.name, value: yield* evaluate(k.value) });
      if (fn !== null && typeof fn === 'object' && fn.py === 'method') return yield* callMethod(fn.name, bindCall(fn.name, args, kwargs));
      if (fn !== null && typeof fn === 'object' && fn.py === 'builtin') {
        const kw = kwargs[0];
        if (kw) throw new PyException('TypeError', `'${kw.name}' is an invalid keyword argument for print()`, 0);
        yield { op: 'print', text: args.map(pyStr).join(' ') };
        return null;
      }
      throw new PyException('TypeError', `'${typeName(fn)}' object is not callable`, 0);
    }
  }
}

/** The line's evaluation, or nothing for a blank line or a comment. Syntax errors throw here. */
function compile(src: string): Eval | null {
  const tokens = tokenize(src);
  if (tokens.length === 1) return null; // a blank line or a comment does nothing
  return evaluate(new Parser(tokens).statement());
}

/** One effect against a plain environment. */
function perform(fx: Effect, env: PyEnv): PyValue {
  const q = env.queue;
  switch (fx.op) {
    case 'put':
      q.put(fx.item, fx.block, fx.timeout);
      return null;
    case 'get':
      return q.get(fx.block, fx.timeout);
    case 'qsize':
      return q.qsize();
    case 'empty':
      return q.empty();
    case 'full':
      return q.full();
    case 'print':
      env.print(fx.text);
      return null;
  }
}

/** One effect against an environment whose calls are awaited. */
async function performAsync(fx: Effect, env: AsyncPyEnv): Promise<PyValue> {
  const q = env.queue;
  switch (fx.op) {
    case 'put':
      await q.put(fx.item, fx.block, fx.timeout);
      return null;
    case 'get':
      return await q.get(fx.block, fx.timeout);
    case 'qsize':
      return await q.qsize();
    case 'empty':
      return await q.empty();
    case 'full':
      return await q.full();
    case 'print':
      await env.print(fx.text);
      return null;
  }
}

/**
 * Runs one line of Python. Returns the value of the expression (None for a
 * call that returns nothing), or throws the PyException Python would raise
 * (line 0: the caller knows the line). An exception from the environment
 * (`queue.Full`) ends the line where it was raised, as in Python.
 */
export function runLine(src: string, env: PyEnv): PyValue {
  const run = compile(src);
  if (!run) return null;
  let step = run.next(null);
  while (!step.done) step = run.next(perform(step.value, env));
  return step.value;
}

/** `runLine` with every queue call and print awaited: for a program on either runtime. */
export async function runLineAsync(src: string, env: AsyncPyEnv): Promise<PyValue> {
  const run = compile(src);
  if (!run) return null;
  let step = run.next(null);
  while (!step.done) step = run.next(await performAsync(step.value, env));
  return step.value;
}

/** The last line of a traceback: `queue.Full`, `TypeError: ...`. */
export function exceptionLine(e: PyException): string {
  return e.pyMessage === '' ? e.pyType : `${e.pyType}: ${e.pyMessage}`;
}

/** What `code.interact` prints for an exception: a traceback from `<console>`, or where the syntax broke. */
export function consoleTraceback(e: PyException, src: string): string {
  if (e.pyType === 'SyntaxError') return `  File "<console>", line 1\n    ${src}\n${exceptionLine(e)}`;
  return `Traceback (most recent call last):\n  File "<console>", line 1, in <module>\n${exceptionLine(e)}`;
}
