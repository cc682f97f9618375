// Native modules: sys, time, math, os.

import { PyModule, PyTuple, PyList, PyObj, PyNative, PyType, PyException, PyBuiltin, type PyVal } from './objects';
import { readsValues } from './boxed';
import { PyDict } from './collections';
import { T, EXC, raise, typeName, makeType } from './types';
import * as ops from './ops';
import { builtin, method } from './native';
import { sysExit } from './builtins';
import { Suspend } from './wait';
import { toFloat } from './ctors';
import { registerProcessBuiltin } from './named';
import { hc } from './heap-state';
import { intDigits, INT_DIGITS_THRESHOLD } from './int-digits';

export interface ProcessApi {
  now(): number;
  write(fd: number, text: string): void;
  /** Passes on the process's partial line of fd (worker mode buffers it per process); nothing where output is not buffered. */
  flush?(fd: number): void;
  readline(): string | null;
  switchInterval: number;
  recursionLimit: number;
  pid: number;
  ppid: number;
  argv: string[];
  modules: PyDict;
  excInfo(): PyException | null;
  formatException(e: PyException): string;
  /** Worker mode: blocks for `seconds` and returns true; false where sleeping is a Suspend. */
  sleepNow?(seconds: number): boolean;
  /** False in free-threaded mode (sys._is_gil_enabled()). */
  readonly gilEnabled: boolean;
}

/** `importName`: how another worker reaches it (`os.path` for posixpath), the prefix of its builtins' registered names. */
export function newModule(name: string, entries: Record<string, PyVal>, importName = name): PyModule {
  const d = new PyDict(T.dict);
  d.setStr('__name__', name);
  const heap = hc();
  for (const [k, v] of Object.entries(entries)) {
    registerProcessBuiltin(heap, `${importName}.${k}`, v);
    d.setStr(k, v);
  }
  return new PyModule(T.module, name, d);
}

function fn(name: string, f: (args: PyVal[], kw: Map<string, PyVal> | null) => PyVal): PyVal {
  return builtin(name, f);
}

const fileType = makeType('TextIOWrapper', [T.object], 'native');
fileType.module = '_io';
method(fileType, 'write', (a) => {
  const f = a[0] as PyNative<{ fd: number; api: ProcessApi }>;
  const s = a[1] as PyVal;
  if (typeof s !== 'string') throw raise('TypeError', `write() argument must be str, not ${typeName(s)}`);
  f.state.api.write(f.state.fd, s);
  return BigInt(ops.strLen(s));
});
method(fileType, 'flush', (a) => {
  const f = a[0] as PyNative<{ fd: number; api: ProcessApi }>;
  f.state.api.flush?.(f.state.fd);
  return null;
});

/** The fd of one of the process's own std files (sys.__stdout__ and the like), or null for any other object. */
export function stdFileFd(v: PyVal | undefined): number | null {
  return v instanceof PyNative && v.cls === fileType ? (v as PyNative<{ fd: number }>).state.fd : null;
}
method(fileType, 'readline', (a) => (a[0] as PyNative<{ fd: number; api: ProcessApi }>).state.api.readline() ?? '');
method(fileType, 'isatty', () => false);
method(fileType, 'fileno', (a) => BigInt((a[0] as PyNative<{ fd: number; api: ProcessApi }>).state.fd));

export function sleepWait(api: ProcessApi, secs: number): Suspend {
  return new Suspend({ what: 'time.sleep()', deadline: api.now() + secs, poll: () => undefined, timeout: null, sleep: true });
}

export function makeSys(api: ProcessApi): PyModule {
  const file = (fd: number, name: string): PyVal => {
    const f = new PyNative(fileType, { fd, api });
    f.dict.set('name', name);
    return f;
  };
  const out = file(1, '<stdout>');
  const err = file(2, '<stderr>');
  const inp = file(0, '<stdin>');
  const vi = new PyTuple(T.tuple, [3n, 12n, 1n, 'final', 0n]);
  // sys_displayhook: `_` is None while repr runs, then the value; the text goes to whatever sys.stdout is now.
  const displayhook = fn('displayhook', (a) => {
    const v = a[0] ?? null;
    if (v === null) return null;
    const b = api.modules.getStr('builtins') as PyModule;
    const sys = api.modules.getStr('sys') as PyModule;
    ops.setAttr(b, '_', null);
    const out = ops.getAttrOpt(sys, 'stdout');
    if (out === undefined || out === null) throw raise('RuntimeError', 'lost sys.stdout');
    const write = ops.getAttr(out, 'write');
    ops.call(write, [ops.repr(v)]);
    ops.call(write, ['\n']);
    ops.setAttr(b, '_', v);
    return null;
  });
  const excepthook = fn('excepthook', (a) => {
    const e = a[1] ?? null;
    api.write(2, e instanceof PyException ? api.formatException(e) : `${ops.str(e)}\n`);
    return null;
  });
  return newModule('sys', {
    excepthook,
    __excepthook__: excepthook,
    displayhook,
    __displayhook__: displayhook,
    argv: new PyList(T.list, api.argv),
    exit: fn('exit', (a) => {
      throw sysExit(a[0] ?? null);
    }),
    // CPython: sys.__stdout__ is sys.stdout until a program replaces the latter.
    stdout: out,
    stderr: err,
    stdin: inp,
    __stdout__: out,
    __stderr__: err,
    __stdin__: inp,
    setswitchinterval: fn('setswitchinterval', (a) => {
      const v = toFloat(a[0] as PyVal);
      if (v <= 0) throw raise('ValueError', 'switch interval must be strictly positive');
      api.switchInterval = v;
      return null;
    }),
    getswitchinterval: fn('getswitchinterval', () => api.switchInterval),
    setrecursionlimit: fn('setrecursionlimit', (a) => {
      const n = Number(ops.index(a[0] as PyVal));
      if (n < 1) throw raise('ValueError', 'recursion limit must be greater or equal than 1');
      api.recursionLimit = n;
      return null;
    }),
    getrecursionlimit: fn('getrecursionlimit', () => BigInt(api.recursionLimit)),
    exc_info: fn('exc_info', () => {
      const e = api.excInfo();
      return new PyTuple(T.tuple, e ? [e.cls, e, null] : [null, null, null]);
    }),
    exception: fn('exception', () => api.excInfo()),
    maxsize: 9223372036854775807n,
    byteorder: 'little',
    platform: 'linux',
    version: '3.12.1 (main) [Concurrency Lab VM]',
    version_info: vi,
    hexversion: 0x030c01f0n,
    implementation: newModule('implementation', { name: 'cpython' }),
    modules: api.modules,
    path: new PyList(T.list, []),
    executable: '/usr/bin/python3',
    flags: newModule('flags', { optimize: 0n }),
    float_info: newModule('float_info', {
      max: Number.MAX_VALUE, max_exp: 1024n, max_10_exp: 308n, min: 2.2250738585072014e-308, min_exp: -1021n, min_10_exp: -307n,
      dig: 15n, mant_dig: 53n, epsilon: Number.EPSILON, radix: 2n, rounds: 1n,
    }),
    int_info: newModule('int_info', { bits_per_digit: 30n, sizeof_digit: 4n, default_max_str_digits: 4300n, str_digits_check_threshold: BigInt(INT_DIGITS_THRESHOLD) }),
    get_int_max_str_digits: fn('get_int_max_str_digits', () => BigInt(intDigits.limit)),
    set_int_max_str_digits: fn('set_int_max_str_digits', (a, kw) => {
      const n = Number(ops.index(a[0] ?? kw?.get('maxdigits') ?? null));
      if (n !== 0 && n < INT_DIGITS_THRESHOLD) throw raise('ValueError', `maxdigits must be 0 or larger than ${INT_DIGITS_THRESHOLD}`);
      intDigits.limit = n;
      return null;
    }),
    getsizeof: fn('getsizeof', () => 64n),
    intern: fn('intern', (a) => a[0] as PyVal),
    _is_gil_enabled: fn('_is_gil_enabled', () => api.gilEnabled),
  });
}

export function makeTime(api: ProcessApi): PyModule {
  const ns = (): bigint => BigInt(Math.round(api.now() * 1e9));
  // Wall time: the virtual clock offset from a fixed epoch, so runs repeat.
  const EPOCH = 1767225600;
  return newModule('time', {
    sleep: fn('sleep', readsValues((a) => {
      const s = a[0] as PyVal;
      if (!ops.isNumber(s)) throw raise('TypeError', `'${typeName(s)}' object cannot be interpreted as an integer`);
      const secs = ops.toNum(s);
      if (secs < 0) throw raise('ValueError', 'sleep length must be non-negative');
      if (api.sleepNow?.(secs)) return null;
      throw sleepWait(api, secs);
    })),
    time: fn('time', () => EPOCH + api.now()),
    time_ns: fn('time_ns', () => BigInt(EPOCH) * 1000000000n + ns()),
    perf_counter: fn('perf_counter', () => api.now()),
    perf_counter_ns: fn('perf_counter_ns', ns),
    monotonic: fn('monotonic', () => api.now()),
    monotonic_ns: fn('monotonic_ns', ns),
    process_time: fn('process_time', () => api.now()),
    thread_time: fn('thread_time', () => api.now()),
    strftime: fn('strftime', (a) => String(a[0])),
    ctime: fn('ctime', () => 'Thu Jan  1 00:00:00 2026'),
  });
}

function num(v: PyVal | undefined): number {
  return toFloat(v ?? null);
}

function mathDomain(): PyException {
  return raise('ValueError', 'math domain error');
}

export function makeMath(): PyModule {
  const f1 = (name: string, g: (x: number) => number, domain?: (x: number) => boolean): [string, PyVal] => [name, fn(name, (a) => {
    const x = num(a[0]);
    if (domain && !domain(x)) throw mathDomain();
    return g(x);
  })];
  const int1 = (name: string, g: (x: number) => number): [string, PyVal] => [name, fn(name, (a) => {
    const v = a[0] as PyVal;
    if (ops.isIntLike(v)) return ops.toBig(v);
    const x = num(v);
    if (!Number.isFinite(x)) throw raise(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return BigInt(g(x));
  })];
  const gcd = (x: bigint, y: bigint): bigint => {
    x = x < 0n ? -x : x;
    y = y < 0n ? -y : y;
    while (y) [x, y] = [y, x % y];
    return x;
  };
  const fact = (n: bigint): bigint => {
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return r;
  };
  const entries: [string, PyVal][] = [
    ['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN],
    f1('sqrt', Math.sqrt, (x) => x >= 0), f1('exp', Math.exp), f1('sin', Math.sin), f1('cos', Math.cos), f1('tan', Math.tan),
    f1('asin', Math.asin, (x) => x >= -1 && x <= 1), f1('acos', Math.acos, (x) => x >= -1 && x <= 1), f1('atan', Math.atan),
    f1('sinh', Math.sinh), f1('cosh', Math.cosh), f1('tanh', Math.tanh), f1('fabs', Math.abs),
    f1('log2', Math.log2, (x) => x > 0), f1('log10', Math.log10, (x) => x > 0), f1('log1p', Math.log1p, (x) => x > -1), f1('expm1', Math.expm1),
    f1('degrees', (x) => (x * 180) / Math.PI), f1('radians', (x) => (x * Math.PI) / 180),
    int1('floor', Math.floor), int1('ceil', Math.ceil), int1('trunc', Math.trunc),
    ['log', fn('log', (a) => {
      const v = a[0] as PyVal;
      const ln = (w: PyVal): number => {
        if (ops.isIntLike(w) && ops.toBig(w) > 0n && !Number.isFinite(Number(ops.toBig(w)))) {
          const s = ops.toBig(w).toString();
          return Math.log(Number(`0.${s}`)) + s.length * Math.LN10;
        }
        const x = num(w);
        if (x <= 0) throw mathDomain();
        return Math.log(x);
      };
      return a.length > 1 ? ln(v) / ln(a[1] as PyVal) : ln(v);
    })],
    ['pow', fn('pow', (a) => num(a[0]) ** num(a[1]))],
    ['atan2', fn('atan2', (a) => Math.atan2(num(a[0]), num(a[1])))],
    ['hypot', fn('hypot', (a) => Math.hypot(...a.map(num)))],
    ['copysign', fn('copysign', (a) => Math.abs(num(a[0])) * (Object.is(num(a[1]), -0) || num(a[1]) < 0 ? -1 : 1))],
    ['fmod', fn('fmod', (a) => num(a[0]) % num(a[1]))],
    ['isnan', fn('isnan', (a) => Number.isNaN(num(a[0])))],
    ['isinf', fn('isinf', (a) => Math.abs(num(a[0])) === Infinity)],
    ['isfinite', fn('isfinite', (a) => Number.isFinite(num(a[0])))],
    ['isclose', fn('isclose', (a, kw) => {
      const x = num(a[0]), y = num(a[1]);
      const rel = num(kw?.get('rel_tol') ?? 1e-9), abs = num(kw?.get('abs_tol') ?? 0);
      if (x === y) return true;
      return Math.abs(x - y) <= Math.max(rel * Math.max(Math.abs(x), Math.abs(y)), abs);
    })],
    ['gcd', fn('gcd', (a) => a.map((v) => ops.index(v)).reduce(gcd, 0n))],
    ['lcm', fn('lcm', (a) => a.map((v) => ops.index(v)).reduce((x, y) => (x === 0n || y === 0n ? 0n : ((x * y < 0n ? -(x * y) : x * y) / gcd(x, y))), 1n))],
    ['factorial', fn('factorial', (a) => {
      const v = a[0] as PyVal;
      if (!ops.isIntLike(v)) throw raise('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
      const n = ops.toBig(v);
      if (n < 0n) throw raise('ValueError', 'factorial() not defined for negative values');
      return fact(n);
    })],
    ['comb', fn('comb', (a) => {
      const n = ops.index(a[0] as PyVal), k = ops.index(a[1] as PyVal);
      if (k < 0n || k > n) return 0n;
      let r = 1n;
      for (let i = 0n; i < k; i++) r = (r * (n - i)) / (i + 1n);
      return r;
    })],
    ['perm', fn('perm', (a) => {
      const n = ops.index(a[0] as PyVal), k = a.length > 1 && a[1] !== null ? ops.index(a[1] as PyVal) : n;
      if (k < 0n || k > n) return 0n;
      let r = 1n;
      for (let i = 0n; i < k; i++) r *= n - i;
      return r;
    })],
    ['isqrt', fn('isqrt', (a) => {
      const n = ops.index(a[0] as PyVal);
      if (n < 0n) throw raise('ValueError', 'isqrt() argument must be nonnegative');
      if (n < 2n) return n;
      let x = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    })],
    ['fsum', fn('fsum', (a) => {
      // Neumaier summation: exact enough for the sums programs print.
      let s = 0, c = 0;
      for (const v of ops.toArray(a[0] as PyVal)) {
        const x = num(v);
        const t = s + x;
        c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
        s = t;
      }
      return s + c;
    })],
    ['prod', fn('prod', (a, kw) => {
      let acc: PyVal = kw?.get('start') ?? 1n;
      for (const v of ops.toArray(a[0] as PyVal)) acc = binopMul(acc, v);
      return acc;
    })],
    ['modf', fn('modf', (a) => {
      const x = num(a[0]);
      const i = Math.trunc(x);
      return new PyTuple(T.tuple, [x - i, i]);
    })],
    ['frexp', fn('frexp', (a) => {
      const x = num(a[0]);
      if (x === 0 || !Number.isFinite(x)) return new PyTuple(T.tuple, [x, 0n]);
      let e = Math.ceil(Math.log2(Math.abs(x)));
      let m = x / 2 ** e;
      if (Math.abs(m) >= 1) {
        m /= 2;
        e++;
      }
      if (Math.abs(m) < 0.5) {
        m *= 2;
        e--;
      }
      return new PyTuple(T.tuple, [m, BigInt(e)]);
    })],
    ['ldexp', fn('ldexp', (a) => num(a[0]) * 2 ** Number(ops.index(a[1] as PyVal)))],
    ['dist', fn('dist', (a) => {
      const p = ops.toArray(a[0] as PyVal).map(num), q = ops.toArray(a[1] as PyVal).map(num);
      return Math.hypot(...p.map((x, i) => x - (q[i] as number)));
    })],
  ];
  // Every math function reads its arguments as numbers: a float/int subclass's instance is its value.
  for (const [, v] of entries) if (v instanceof PyBuiltin) v.fn = readsValues(v.fn);
  return newModule('math', Object.fromEntries(entries));
}

let binopMul: (a: PyVal, b: PyVal) => PyVal = () => null;
export function setMul(f: (a: PyVal, b: PyVal) => PyVal): void {
  binopMul = f;
}

export function makeOs(api: ProcessApi): PyModule {
  const environ = new PyDict(T.dict);
  environ.setStr('PATH', '/usr/bin:/bin');
  environ.setStr('HOME', '/home/student');
  const join = fn('join', (a) => a.map((x) => ops.str(x)).reduce((acc, p) => (p.startsWith('/') ? p : acc && !acc.endsWith('/') ? `${acc}/${p}` : acc + p), ''));
  const path = newModule('posixpath', {
    join,
    basename: fn('basename', (a) => String(a[0]).split('/').pop() ?? ''),
    dirname: fn('dirname', (a) => String(a[0]).split('/').slice(0, -1).join('/')),
    exists: fn('exists', () => false),
    isfile: fn('isfile', () => false),
    isdir: fn('isdir', () => false),
    abspath: fn('abspath', (a) => String(a[0])),
    splitext: fn('splitext', (a) => {
      const s = String(a[0]);
      const k = s.lastIndexOf('.');
      return new PyTuple(T.tuple, k > s.lastIndexOf('/') + 1 ? [s.slice(0, k), s.slice(k)] : [s, '']);
    }),
    sep: '/',
  }, 'os.path');
  return newModule('os', {
    getpid: fn('getpid', () => BigInt(api.pid)),
    getppid: fn('getppid', () => BigInt(api.ppid)),
    cpu_count: fn('cpu_count', () => 4n),
    environ,
    getenv: fn('getenv', (a) => environ.get(a[0] as PyVal) ?? a[1] ?? null),
    path,
    sep: '/',
    linesep: '\n',
    name: 'posix',
    getcwd: fn('getcwd', () => '/home/student'),
    urandom: fn('urandom', (a) => {
      void a;
      throw raise('NotImplementedError', 'os.urandom is not supported yet');
    }),
  });
}

export { PyObj, PyType, EXC };
