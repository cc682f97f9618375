/// <reference lib="webworker" />
/** Browser entry of a simulated thread: a Comlink-exposed `run`. */
import * as Comlink from 'comlink';
import type { ThreadInit } from '../runtime/thread-context';
import { runThread, type ThreadExit } from './run-thread';

const api = {
  run(init: ThreadInit): Promise<ThreadExit> {
    return runThread(init);
  },
};

export type ThreadWorkerApi = typeof api;
Comlink.expose(api);
