// printf-style `str % args` (a local stand-in for values/percent-format.ts).

import { unbox } from './boxed';
import { PyTuple, PyObj, type PyVal } from './objects';
import { PyDict } from './collections';
import { raise, typeName } from './types';
import { repr, str, getItem, isIntLike, toBig, isNumber, toNum } from './ops';
import { formatInt, formatFloat, formatStr } from './values-fallback';

/**
 * `fmt % arg`. `bytesArg` makes it bytes' formatting (fmt and the result are
 * latin-1 strings of bytes): it gives %s/%b's bytes of an argument.
 */
export function percentFormat(fmt: string, arg: PyVal, bytesArg?: (v: PyVal) => string): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const mapping = arg instanceof PyDict || (arg instanceof PyObj && !(arg instanceof PyTuple) && arg.cls.heap) ? arg : null;
  let k = 0;
  const take = (): PyVal => {
    if (k >= args.length) throw raise('TypeError', 'not enough arguments for format string');
    return args[k++] as PyVal;
  };
  const out = fmt.replace(/%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])/g, (_m, key: string | undefined, flags: string, w: string | undefined, p: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const width = w === '*' ? Number(toBig(take() as bigint)) : w ? Number(w) : 0;
    const prec = p === '*' ? Number(toBig(take() as bigint)) : p !== undefined ? Number(p) : null;
    const arg = key !== undefined && mapping ? getItem(mapping, key) : take();
    // %s/%r ask the object itself (its __str__/__repr__); the numeric conversions read a subclass's value.
    const v = conv === 's' || conv === 'r' || conv === 'a' ? arg : unbox(arg);
    const align = flags.includes('-') ? '<' : '>';
    const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
    const zero = flags.includes('0') && !flags.includes('-') ? '0' : '';
    const alt = flags.includes('#') ? '#' : '';
    const wtxt = width ? String(width) : '';
    switch (conv) {
      case 'b': case 's': case 'r': case 'a': {
        if (conv === 'b' && !bytesArg) break;
        let s = bytesArg && (conv === 's' || conv === 'b') ? bytesArg(v) : conv === 's' ? str(v) : repr(v);
        if (prec !== null) s = s.slice(0, prec);
        return formatStr(s, `${align}${wtxt}`);
      }
      case 'd': case 'i': case 'u': {
        if (!isNumber(v)) throw raise('TypeError', `%${conv} format: a real number is required, not ${typeName(v)}`);
        const n = isIntLike(v) ? toBig(v) : BigInt(Math.trunc(toNum(v)));
        return formatInt(n, `${align === '<' ? '<' : zero ? '' : '>'}${sign}${zero}${wtxt}d`);
      }
      case 'x': case 'X': case 'o': {
        if (!isIntLike(v)) throw raise('TypeError', `%${conv} format: an integer is required, not ${typeName(v)}`);
        return formatInt(toBig(v), `${align === '<' ? '<' : zero ? '' : '>'}${sign}${alt}${zero}${wtxt}${conv}`);
      }
      case 'c':
        if (bytesArg && v instanceof PyObj && !isIntLike(v)) return formatStr(bytesArg(v).slice(0, 1), `${align}${wtxt}`);
        return formatStr(typeof v === 'string' ? v : String.fromCodePoint(Number(toBig(v as bigint))), `${align}${wtxt}`);
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': {
        if (!isNumber(v)) throw raise('TypeError', `must be real number, not ${typeName(v)}`);
        return formatFloat(toNum(v), `${align === '<' ? '<' : zero ? '' : '>'}${sign}${alt}${zero}${wtxt}.${prec ?? 6}${conv}`);
      }
    }
    switch (conv) {
      default:
        throw raise('ValueError', `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${fmt.indexOf(`%${conv}`) + 1}`);
    }
  });
  if (k < args.length && !mapping) throw raise('TypeError', 'not all arguments converted during string formatting');
  return out;
}
