/// <reference types="vite/client" />
// Library modules from src/python/lib, bundled as text into the chunk that
// imports this (the VM worker only: the page's first screen never pays for them).

import type { LibLoader } from './process';

const files = import.meta.glob<string>(['../lib/**/*.py', '!../lib/_vm_cpython_shim/**'], { query: '?raw', import: 'default', eager: true });

export function bundledLib(): LibLoader {
  return {
    load(name) {
      const base = `../lib/${name.split('.').join('/')}`;
      for (const [key, isPackage] of [[`${base}.py`, false], [`${base}/__init__.py`, true]] as const) {
        const source = files[key];
        if (source !== undefined) return { source, path: key.replace(/^\.\.\//, '/'), isPackage };
      }
      return null;
    },
  };
}
