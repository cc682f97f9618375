// Builds the Node worker bundles into DIR (default: a fresh temp dir) and prints it:
//   CL_WORKER_BUNDLES=$(npx tsx scripts/build-worker-bundles.ts) npm run py -- prog.py
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkerBundles } from '../src/engine/worker-bundle-build.node.js';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'cl-worker-bundles-'));
const ms = await buildWorkerBundles(dir);
console.error(`worker bundles: built in ${Math.round(ms)} ms`);
console.log(dir);
