/**
 * What a scenario program is, seen from the worker: a Python thread's target
 * written against the runtime's Python-shaped API. No DOM, no D3.
 */
import type { PyThread } from '../runtime/thread-context';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue>;

/** A thread target: `threading.Thread(target=...)`, mirrored line by line. */
export type ThreadTarget = (py: PyThread, params: ParamValues) => void;

/** All thread targets of one scenario, by name. */
export type ProgramModule = Record<string, ThreadTarget>;
