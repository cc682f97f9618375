// The packed form is the compiler's output exactly: every library module and
// every conformance program that compiles, packed, sent through JSON (what a
// build chunk or a worker's payload carries) and unpacked, equals a fresh
// compile, argShapes included; a form of another text is never used.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeObject } from '../code';
import { compileSource } from './process';
import { packModule, unpackModule, sourceHash, type PackedModule } from './code-pack';
import { loadCode, packFits } from './code-share';
import { argShapes } from './frame';
import { codeFromKey, codeKey } from './code-table';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function pyFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return pyFiles(p);
    return n.endsWith('.py') ? [p] : [];
  });
}

/** The tree as plain data with each code object's effective *args/**kwargs, so toStrictEqual compares all of it. */
function plain(c: CodeObject): unknown {
  const shape = argShapes.get(c) ?? { varargs: false, varkw: false };
  return { ...c, shape: { varargs: shape.varargs, varkw: shape.varkw }, consts: c.consts.map((k) => (k !== null && typeof k === 'object' && 'instructions' in k ? plain(k) : k)) };
}

function compiles(source: string, file: string): CodeObject | null {
  try {
    return compileSource(source, file);
  } catch {
    return null; // the suite's SyntaxError programs and the compiler's refusals: nothing to pack
  }
}

const viaJson = (p: PackedModule): PackedModule => JSON.parse(JSON.stringify(p)) as PackedModule;

describe('code-pack', () => {
  it('every library module and conformance program round-trips to the code a fresh compile gives', () => {
    const files = [...pyFiles(join(ROOT, 'src/python/lib')), ...pyFiles(join(ROOT, 'conformance'))];
    let n = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const fresh = compiles(source, file);
      if (!fresh) continue;
      const back = unpackModule(viaJson(packModule(fresh, source)));
      expect(plain(back), file).toStrictEqual(plain(fresh));
      n++;
    }
    expect(n).toBeGreaterThan(380);
  }, 120_000);

  it('keeps the constants JSON has no kind for', () => {
    const source = [
      "a = (1e400 - 1e400, -0.0, 1e400, -1e400, 2**100, -2**70, b'\\x00\\xff', 3j, ..., None, True, 'é\\u2028')",
      'def f(x, *args, k=1.5, **kw):', '    return x in {1, 2, 3}, lambda *a: a', 'class C:', '    def g(self, **kw): pass',
    ].join('\n');
    const fresh = compileSource(source, '/t/consts.py');
    const back = unpackModule(viaJson(packModule(fresh, source)));
    expect(plain(back)).toStrictEqual(plain(fresh));
    const consts = (back.consts as unknown[]).find((k) => k !== null && typeof k === 'object' && 'tuple' in k) as { tuple: unknown[] };
    expect(Object.is((consts.tuple[1] as { float: number }).float, -0)).toBe(true);
    expect(Number.isNaN((consts.tuple[0] as { float: number }).float)).toBe(true);
  });

  it('registers an unpacked module under its file, so heap code keys resolve to it', () => {
    const source = 'def f():\n    return 1\n';
    const packed = viaJson(packModule(compileSource(source, '/t/keys.py'), source));
    const code = loadCode(source, '/t/keys.py', packed);
    const f = code.consts.find((k) => k !== null && typeof k === 'object' && 'instructions' in k) as CodeObject;
    expect(codeFromKey(codeKey(f))).toBe(f);
  });

  it('never uses a form of another text: a stale form is compiled again', () => {
    const old = 'x = 1\n';
    const packed = viaJson(packModule(compileSource(old, '/t/stale.py'), old));
    const edited = 'x = 2\n';
    expect(packFits(packed, old, '/t/stale.py')).toBe(true);
    expect(packFits(packed, edited, '/t/stale.py')).toBe(false);
    expect(packFits(packed, old, '/t/other.py')).toBe(false);
    expect(packFits({ ...packed, format: 0 as unknown as 1 }, old, '/t/stale.py')).toBe(false);
    expect(loadCode(edited, '/t/stale.py', packed).consts).toContain(2n);
    expect(sourceHash('x = 1\n')).not.toBe(sourceHash('x = 2\n'));
  });
});
