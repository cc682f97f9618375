/**
 * `lib/x.py?pyc` → that library module's code compiled by the build, as a
 * JSON module (src/python/vm/code-pack.ts's form): the page's workers load it
 * instead of parsing and compiling threading.py and the rest at every run, as
 * CPython loads a .pyc. Only `vite build` compiles, with the compiler it
 * bundles, so a form never outlives its compiler; the dev server (and vitest)
 * gives null, and the worker compiles as before (an edited compiler under HMR
 * must not meet a form of the old one). The worker still checks each form's
 * source hash against the text it has (code-share.ts packFits).
 */
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const PYC = /\.py\?pyc$/;

type PackFile = (file: string, path: string) => unknown;

/** One compile per file per build: every worker bundle has its own plugin instance. */
const made = new Map<string, string>();

export function pythonPacks(): Plugin {
  let build = false;
  let packFile: PackFile | null = null;
  return {
    name: 'python-packs',
    configResolved(c) {
      build = c.command === 'build';
    },
    async load(id) {
      if (!PYC.test(id)) return null;
      if (!build) return 'export default null;';
      packFile ??= ((await tsImport('../python/vm/pack-file.node.ts', import.meta.url)) as { packFile: PackFile }).packFile;
      const file = id.replace(/\?pyc$/, '');
      // The path the loader names it by (lib-loader.bundled.ts): /lib/… from src/python/lib/….
      const path = file.slice(file.lastIndexOf('/python/lib/') + '/python'.length);
      this.addWatchFile(file);
      // JSON.parse of a string literal is faster to load than the same object literal.
      let text = made.get(file);
      if (text === undefined) {
        text = `export default JSON.parse(${JSON.stringify(JSON.stringify(packFile(file, path)))});`;
        made.set(file, text);
      }
      return text;
    },
  };
}
