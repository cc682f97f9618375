import { describe, expect, it } from 'vitest';
import { encodeCode } from './code-param';
import { readCodeParam, writeCodeParam } from './code-url';

/** A location and history pair that records what the page's address would become. */
function fakeAddress(search: string) {
  const loc = { pathname: '/lab/', search, hash: '#x' } as Location;
  const history = {
    state: null,
    replaceState(_s: unknown, _t: string, url: string) {
      const u = new URL(url, 'http://h');
      loc.search = u.search;
    },
  } as unknown as History;
  return { loc, history };
}

describe('code= in the address', () => {
  it('reads nothing without code=, the program with it, and a named problem for a bad value', async () => {
    expect(await readCodeParam('?scenario=custom')).toBeNull();
    expect(await readCodeParam(`?scenario=custom&code=${await encodeCode('print(1)\n')}`)).toEqual({ ok: true, code: 'print(1)\n' });
    expect(await readCodeParam('?code=%%%')).toMatchObject({ ok: false, param: 'code' });
  });

  it('writes the program keeping the other parameters, and removes it again', async () => {
    const { loc, history } = fakeAddress('?scenario=custom&lang=zh');
    await writeCodeParam('print("你好")\n', loc, history);
    const q = new URLSearchParams(loc.search);
    expect(q.get('scenario')).toBe('custom');
    expect(q.get('lang')).toBe('zh');
    expect(await readCodeParam(loc.search)).toEqual({ ok: true, code: 'print("你好")\n' });
    await writeCodeParam(null, loc, history);
    expect(loc.search).toBe('?scenario=custom&lang=zh');
  });

  it('keeps the newest text when writes overlap', async () => {
    const { loc, history } = fakeAddress('?scenario=custom');
    await Promise.all([writeCodeParam('a = 1\n'.repeat(5000), loc, history), writeCodeParam('b = 2\n', loc, history)]);
    expect(await readCodeParam(loc.search)).toEqual({ ok: true, code: 'b = 2\n' });
  });
});
