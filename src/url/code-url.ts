/**
 * `code=` in the page's address: read once at start, written (replaceState,
 * the other parameters kept) as the student edits. Writes are ordered: a
 * slow encode of an older text never overwrites a newer one.
 */
import { CODE_PARAM, type DecodedCode, decodeCode, encodeCode } from './code-param';

/** No `code=`: null. Otherwise its program, or why it did not decode (the caller shows the message and loads the lesson). */
export async function readCodeParam(search: string): Promise<DecodedCode | null> {
  const raw = new URLSearchParams(search).get(CODE_PARAM);
  return raw === null ? null : decodeCode(raw);
}

let latest = 0;

/** Puts the program into the URL, or takes `code=` out for null (back to the lesson). */
export async function writeCodeParam(code: string | null, loc: Location = window.location, history: History = window.history): Promise<void> {
  const ticket = ++latest;
  const value = code === null ? null : await encodeCode(code);
  if (ticket !== latest) return;
  const q = new URLSearchParams(loc.search);
  if (value === null) q.delete(CODE_PARAM);
  else q.set(CODE_PARAM, value);
  const search = q.toString();
  history.replaceState(history.state, '', `${loc.pathname}${search ? `?${search}` : ''}${loc.hash}`);
}
