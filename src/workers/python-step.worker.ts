/// <reference lib="webworker" />
/**
 * Browser entry of the step engine: one StepHost behind Comlink. The page
 * never blocks on a step; every call is an async message to this worker, and
 * the engine (compiler, VM, library) loads here, not in the page's bundle.
 */
import * as Comlink from 'comlink';
import { stepApi } from './step-api';
import { bundledLib } from '../python/vm/lib-loader.bundled';
import { StepHost } from '../python/step/remote';

const host = new StepHost(bundledLib());

const api = stepApi(host);

export type PythonStepWorkerApi = typeof api;
Comlink.expose(api);
