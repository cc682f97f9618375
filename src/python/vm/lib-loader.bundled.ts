/// <reference types="vite/client" />
// Library modules from src/python/lib, bundled as text into the chunk that
// imports this (the VM worker only: the page's first screen never pays for them).

import type { LibLoader } from './process';
import type { PackedModule } from './code-pack';

const files = import.meta.glob<string>(['../lib/**/*.py', '!../lib/_vm_cpython_shim/**'], { query: '?raw', import: 'default', eager: true });

/** `packOf`: the build's compiled code of a module by its glob key (lib-packs.bundled.ts), used when it fits the text. */
export function bundledLib(packOf: (key: string) => PackedModule | null = () => null): LibLoader {
  return {
    load(name) {
      const base = `../lib/${name.split('.').join('/')}`;
      for (const [key, isPackage] of [[`${base}.py`, false], [`${base}/__init__.py`, true]] as const) {
        const source = files[key];
        if (source !== undefined) return { source, path: key.replace(/^\.\.\//, '/'), isPackage, packed: packOf(key) };
      }
      return null;
    },
  };
}
