/**
 * vitest globalSetup: bundles the worker entries once per run into a fresh
 * temporary directory (node_modules is shared between checkouts) and hands it
 * to the test processes through CL_WORKER_BUNDLES. CL_WORKER_BUNDLES=off
 * keeps the tsx path (to compare start times).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES_ENV } from './worker-bundle.node.js';
import { buildWorkerBundles } from './worker-bundle-build.node.js';

export default async function setup(): Promise<() => void> {
  if (process.env[BUNDLES_ENV] === 'off') {
    delete process.env[BUNDLES_ENV];
    return () => {};
  }
  const dir = mkdtempSync(join(tmpdir(), 'cl-worker-bundles-'));
  const ms = await buildWorkerBundles(dir);
  console.log(`worker bundles: built in ${Math.round(ms)} ms (${dir})`);
  process.env[BUNDLES_ENV] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
