/** How a thread of the message runtime becomes a worker, in the browser or in Node. */
import type { SpawnedThread } from '../engine/spawner';
import type { Call, MessageThreadInit, Reply } from './protocol';

export interface MessageThread extends SpawnedThread {
  /** Answers the worker's call `id`. */
  reply(id: number, reply: Reply): void;
}

/** Starts a worker for `init`; its calls go to `onCall`, its exit settles `exit`. */
export type MessageSpawner = (init: MessageThreadInit, onCall: (id: number, call: Call) => void) => MessageThread;
