/**
 * Bundles the Node worker entries with esbuild (in node_modules through vite,
 * so it builds offline). `import.meta.url` in every source file becomes that
 * file's own URL: the VM finds its lib/ next to its sources and a worker names
 * its source entry to the host, which maps it to the bundle again.
 */
import { build, type Plugin } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './worker-bundle.node.js';

/** The worker entries spawned through tsWorker in tests and the CLI. */
export const WORKER_ENTRIES = [
  'src/python/vm/workers/py-thread.node.ts',
  'src/workers/thread.node.ts',
  'src/workers/message-thread.node.ts',
];

const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const text = await readFile(args.path, 'utf8');
      const contents = text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/** Builds every entry into `outDir` (names as bundleName gives them); resolves with the build's ms. */
export async function buildWorkerBundles(outDir: string, entries: readonly string[] = WORKER_ENTRIES): Promise<number> {
  const t0 = performance.now();
  // The workers' compiled library (lib-loader.node.ts): made by these bundles only, never by an older build's.
  await rm(join(outDir, 'pyc'), { recursive: true, force: true });
  await build({
    entryPoints: entries.map((e) => join(ROOT, e)),
    outdir: outDir,
    outbase: ROOT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [sourceUrls],
    // A CommonJS dependency's require() inside an ES module bundle.
    banner: { js: "import { createRequire as __clRequire } from 'node:module'; const require = __clRequire(import.meta.url);" },
  });
  return performance.now() - t0;
}
