/**
 * The free-threaded (3.13t) control of the thread scenarios that run on the
 * VM: `freethreaded=on|off` in the URL, a run option rather than a number in
 * the program's text. A scenario opts in by listing FREE_THREADED among its
 * params; the run then has no GIL (VmRunRequest.freeThreaded).
 */
import type { ParamSpec } from './scenario';
import type { ParamValues } from './types';

export const FREE_THREADED_KEY = 'freethreaded';

export const FREE_THREADED: ParamSpec = {
  key: FREE_THREADED_KEY,
  kind: 'bool',
  default: false,
  on: 'on',
  off: 'off',
  label: { zh: '自由线程 (3.13t)', en: 'free-threaded (3.13t)' },
};

/** Controls that choose how the program runs, not what it says: they stay on while the student's text is edited. */
export const RUN_OPTION_KEYS: ReadonlySet<string> = new Set([FREE_THREADED_KEY]);

export function isFreeThreaded(p: ParamValues): boolean {
  return p[FREE_THREADED_KEY] === true;
}
