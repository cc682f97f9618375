/**
 * `code=`: an edited program in the URL, so a link carries it. The text is
 * UTF-8, compressed with raw DEFLATE (what `CompressionStream('deflate-raw')`
 * and Python's `zlib.compressobj(wbits=-15)` produce), then base64url without
 * padding. Both directions are async because the streams are.
 */

export const CODE_PARAM = 'code';

/** Why a `code=` value did not decode, for a message that names the parameter. */
export type CodeParamProblem = 'base64' | 'deflate' | 'utf8';

export type DecodedCode = { ok: true; code: string } | { ok: false; param: typeof CODE_PARAM; problem: CodeParamProblem };

const B64URL = /^[A-Za-z0-9_-]*$/;

export function bytesToBase64url(bytes: Uint8Array): string {
  let bin = '';
  // Chunks keep String.fromCharCode's argument count below engine limits on a long program.
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null for text that is not unpadded base64url (a stray `=`, `+`, space, or an impossible length). */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(text) || text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function through(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // The write and close settle only as the readable side is drained, so they run beside the read;
  // a corrupt input errors both sides, and the read reports it.
  const written = writer.write(bytes).then(() => writer.close()).catch(() => undefined);
  const out = new Uint8Array(await new Response(stream.readable).arrayBuffer());
  await written;
  return out;
}

export async function encodeCode(code: string): Promise<string> {
  return bytesToBase64url(await through(new TextEncoder().encode(code), new CompressionStream('deflate-raw')));
}

export async function decodeCode(value: string): Promise<DecodedCode> {
  const bytes = base64urlToBytes(value.trim());
  if (bytes === null) return { ok: false, param: CODE_PARAM, problem: 'base64' };
  let raw: Uint8Array;
  try {
    raw = await through(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, param: CODE_PARAM, problem: 'deflate' };
  }
  try {
    return { ok: true, code: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
  } catch {
    return { ok: false, param: CODE_PARAM, problem: 'utf8' };
  }
}
