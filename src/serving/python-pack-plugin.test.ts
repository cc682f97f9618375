// The build's `?pyc` module of a library file is that file's code exactly (a
// fresh compile's), named by the path the page's loader gives it, and fits only
// its own text; the dev server gives none.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from 'vite';
import { pythonPacks } from './python-pack-plugin';
import { compileSource } from '../python/vm/process';
import { packModule, unpackModule, type PackedModule } from '../python/vm/code-pack';
import { packFits } from '../python/vm/code-share';

const file = fileURLToPath(new URL('../python/lib/threading.py', import.meta.url));

async function loadAs(command: 'build' | 'serve', id: string): Promise<string> {
  const p = pythonPacks();
  (p.configResolved as (c: ResolvedConfig) => void)({ command } as ResolvedConfig);
  const load = p.load as (this: { addWatchFile(f: string): void }, id: string) => Promise<string | null>;
  return (await load.call({ addWatchFile: () => {} }, id)) ?? '';
}

/** The module's default export: `export default JSON.parse("…")`. */
function exported(text: string): PackedModule | null {
  const m = /^export default JSON\.parse\((".*")\);$/s.exec(text);
  if (!m?.[1]) return text === 'export default null;' ? null : (() => { throw new Error(text.slice(0, 80)); })();
  return JSON.parse(JSON.parse(m[1]) as string) as PackedModule;
}

describe('python-pack-plugin', () => {
  it('vite build: lib/threading.py?pyc is the code a fresh compile of threading.py gives, under /lib/threading.py', async () => {
    const form = exported(await loadAs('build', `${file}?pyc`));
    expect(form).not.toBeNull();
    const source = readFileSync(file, 'utf8');
    expect(form?.filename).toBe('/lib/threading.py');
    expect(packFits(form as PackedModule, source, '/lib/threading.py')).toBe(true);
    expect(packFits(form as PackedModule, `${source}\n# edited`, '/lib/threading.py')).toBe(false);
    const fresh = compileSource(source, '/lib/threading.py');
    expect(form).toStrictEqual(JSON.parse(JSON.stringify(packModule(fresh, source))));
    expect(unpackModule(form as PackedModule).instructions).toStrictEqual(fresh.instructions);
  }, 60_000);

  it('the dev server (and vitest) gives null: a form must not outlive an edited compiler', async () => {
    expect(exported(await loadAs('serve', `${file}?pyc`))).toBeNull();
    expect(await loadAs('build', file)).toBe('');
  });
});
