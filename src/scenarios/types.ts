/**
 * What a scenario program is, seen from the worker: a Python thread's target
 * written against the runtime's Python-shaped API. No DOM, no D3.
 */
import type { PyApi } from '../runtime/py-api';
import type { PyThread } from '../runtime/thread-context';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/**
 * A thread target: `threading.Thread(target=...)`, mirrored line by line,
 * against the shared-memory runtime only (its calls return plain values).
 */
export type ThreadTarget = (py: PyThread, params: ParamValues) => void;

/**
 * A target that awaits every call, so it runs on both runtimes: shared memory
 * (PyThread) and message passing without SharedArrayBuffer (MessagePyThread).
 */
export type AsyncThreadTarget = (py: PyApi, params: ParamValues) => void | Promise<void>;

/** All thread targets of one scenario, by name. */
export type ProgramModule = Record<string, ThreadTarget | AsyncThreadTarget>;
