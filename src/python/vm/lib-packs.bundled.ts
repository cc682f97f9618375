/// <reference types="vite/client" />
// The library's code compiled by the build (`?pyc`, src/serving/python-pack-plugin.ts),
// one lazy chunk per module, for the thread workers only (one copy in the build):
// a worker fetches the ones it will likely import while it waits for work and
// compiles any other module as before.

import type { PackedModule } from './code-pack';

// Only what the lessons import (a literal list: vite reads it at build time). Compiling the whole library
// (60 files) made `vite build` 6 s → 2 min on the loaded box; any other module is compiled in the worker.
const chunks = import.meta.glob<PackedModule | null>(
  [
    '../lib/threading.py', '../lib/_threading_local.py', '../lib/_threading_barrier.py', '../lib/queue.py', '../lib/_queue.py',
    '../lib/heapq.py', '../lib/collections/__init__.py', '../lib/_collections.py', '../lib/random.py', '../lib/bisect.py',
  ],
  { query: '?pyc', import: 'default' },
);
const packs = new Map<string, PackedModule>();

/** What `import threading` (and the lessons' other imports) loads. */
export const COMMON_MODULES = ['threading', '_threading_local', '_threading_barrier', 'queue', '_queue', 'heapq', 'collections', '_collections', 'random', 'bisect'];

/** The form of a glob key (`../lib/threading.py`) once fetched, else null. */
export function packOfKey(key: string): PackedModule | null {
  return packs.get(key) ?? null;
}

/** Fetches the forms of these modules; resolves with how many arrived. Never rejects: a module without a form is compiled. */
export async function prefetchPacks(names: readonly string[] = COMMON_MODULES): Promise<number> {
  const keys = names.flatMap((n) => {
    const base = `../lib/${n.split('.').join('/')}`;
    return [`${base}.py`, `${base}/__init__.py`];
  });
  const got = await Promise.all(
    keys.map(async (key) => {
      const chunk = chunks[key];
      if (!chunk || packs.has(key)) return 0;
      try {
        const p = await chunk();
        if (p) packs.set(key, p);
        return p ? 1 : 0;
      } catch {
        return 0;
      }
    }),
  );
  return got.reduce<number>((a, b) => a + b, 0);
}
