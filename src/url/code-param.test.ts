import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url, decodeCode, encodeCode } from './code-param';

interface Fixture {
  cases: { text: string; level: number; value: string }[];
}
const fixture = JSON.parse(readFileSync(new URL('./testdata/code-param.json', import.meta.url), 'utf8')) as Fixture;

async function roundTrip(text: string): Promise<string> {
  const value = await encodeCode(text);
  expect(value).toMatch(/^[A-Za-z0-9_-]*$/);
  const back = await decodeCode(value);
  if (!back.ok) throw new Error(`did not decode: ${back.problem}`);
  return back.code;
}

describe('code= codec', () => {
  it('round-trips Chinese text and emoji', async () => {
    const text = "# 卖票\nprint(f'{name}卖出一张，剩{ticket}张') 🎫\n";
    expect(await roundTrip(text)).toBe(text);
  });

  it('round-trips the empty program', async () => {
    expect(await roundTrip('')).toBe('');
  });

  it('round-trips a 20 KB program and compresses it', async () => {
    const text = Array.from({ length: 800 }, (_, i) => `total_${i} = sum(range(${i}))  # 第${i}行`).join('\n');
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(20_000);
    const value = await encodeCode(text);
    expect(value.length).toBeLessThan(text.length / 2);
    expect(await roundTrip(text)).toBe(text);
  });

  it('decodes what CPython zlib (wbits=-15) + urlsafe_b64encode without padding produced', async () => {
    expect(fixture.cases.length).toBeGreaterThan(5);
    for (const c of fixture.cases) {
      const got = await decodeCode(c.value);
      expect(got, `level ${c.level}: ${c.text.slice(0, 30)}`).toEqual({ ok: true, code: c.text });
    }
  });

  it('names the parameter when a value is not base64url', async () => {
    for (const bad of ['abc=', 'a+b/', 'has space', 'x']) expect(await decodeCode(bad)).toEqual({ ok: false, param: 'code', problem: 'base64' });
  });

  it('reports a corrupted value as not DEFLATE', async () => {
    const good = await encodeCode("print('hello, world')\n".repeat(5));
    // Cut in half: the stream ends before its final block.
    expect(await decodeCode(good.slice(0, Math.floor(good.length / 2)))).toMatchObject({ ok: false, problem: 'deflate' });
    // Block type 3 is reserved in DEFLATE: the very first byte makes it invalid.
    expect(await decodeCode(bytesToBase64url(new Uint8Array([0x07, 0x00, 0x00])))).toMatchObject({ ok: false, problem: 'deflate' });
    expect(await decodeCode('')).toMatchObject({ ok: false, problem: 'deflate' });
  });

  it('reports bytes that are not UTF-8', async () => {
    // A stored block (type 0) holding the lone byte 0xff.
    const stored = new Uint8Array([0x01, 0x01, 0x00, 0xfe, 0xff, 0xff]);
    expect(await decodeCode(bytesToBase64url(stored))).toEqual({ ok: false, param: 'code', problem: 'utf8' });
  });

  it('base64url helpers agree with each other on every length', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) & 0xff);
      const text = bytesToBase64url(bytes);
      expect(text).not.toContain('=');
      expect(base64urlToBytes(text)).toEqual(bytes);
    }
  });
});
