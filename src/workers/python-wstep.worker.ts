/// <reference lib="webworker" />
/**
 * Browser entry of step mode on real workers (`vm=workers&mode=step`): one
 * WorkerStepHost behind Comlink, answering the calls the step panel makes of
 * python-step.worker.ts. It spawns a Web Worker per Python thread
 * (spawn.browser.ts), so the page's thread never waits on a parked thread.
 */
import * as Comlink from 'comlink';
import { stepApi } from './step-api';
import { browserSpawn } from '../python/vm/host/spawn.browser';
import { WorkerStepHost } from '../python/step/worker-remote';
import { bundledLib } from '../python/vm/lib-loader.bundled';

const spawner = browserSpawn(1);
// A worker that never parks answers after this long instead of hanging the panel. The lib runs the
// one-worker stepper here too: "any" asks it (its seeded choice) and the search runs on it.
const host = new WorkerStepHost({ spawn: spawner.spawn, entry: 'py-thread.worker.ts', timeoutMs: 30_000, lib: bundledLib() });

const api = stepApi(host);

export type PythonWorkersStepApi = typeof api;
Comlink.expose(api);
