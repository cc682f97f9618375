/**
 * What a scenario program is, seen from the worker: a Python thread's target
 * written against the runtime's Python-shaped API. No DOM, no D3.
 */
import type { PyApi } from '../runtime/py-api';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/**
 * A thread target: `threading.Thread(target=...)`, mirrored line by line. It
 * awaits every call, so it runs on both runtimes: shared memory (PyThread,
 * whose calls return at once) and message passing without SharedArrayBuffer
 * (MessagePyThread, whose calls resolve when the broker answers).
 */
export type AsyncThreadTarget = (py: PyApi, params: ParamValues) => void | Promise<void>;

/** All thread targets of one scenario, by name. */
export type ProgramModule = Record<string, AsyncThreadTarget>;
