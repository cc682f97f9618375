/// <reference lib="webworker" />
/**
 * Browser entry of the Python VM: runs one program (python-vm-run.ts) behind
 * Comlink. Event batches go out as plain messages on the worker's own port,
 * ahead of Comlink's reply on that same port, so the page has every event
 * before it learns the program ended (a Comlink callback would use a port of
 * its own, with no order between the two).
 */
import * as Comlink from 'comlink';
import type { VmEvent } from '../python/vm/events';
import { bundledLib } from '../python/vm/lib-loader.bundled';
import { runVm, warmUp, type VmRunRequest, type VmRunResult } from './python-vm-run';

declare const self: DedicatedWorkerGlobalScope;

/** A batch of events as posted by this worker (no Comlink id, so Comlink ignores it). */
export interface VmEventsMessage {
  vmEvents: VmEvent[];
  /** Set when the run now stands paused (run-control.ts), at this simulated time. */
  pausedAt?: number;
}

const api = {
  /** Called on a spare worker before it is needed (the page keeps one ready). */
  warmUp(): void {
    warmUp(bundledLib());
  },
  run(req: VmRunRequest): VmRunResult {
    return runVm(req, bundledLib(), (batch, pausedAt) => self.postMessage({ vmEvents: batch, ...(pausedAt === undefined ? {} : { pausedAt }) } satisfies VmEventsMessage));
  },
};

export type PythonVmWorkerApi = typeof api;
Comlink.expose(api);
