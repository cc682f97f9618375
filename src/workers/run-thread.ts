/**
 * Runs one simulated Python thread to its end inside a worker. Shared by the
 * browser worker (Comlink) and the Node worker used by unit tests.
 */
import { PyException, RunStopped } from '../runtime/errors';
import { PyThread, type ThreadInit } from '../runtime/thread-context';
import { programs } from '../scenarios/programs';

export type ThreadExit = { kind: 'done' } | { kind: 'error'; message: string } | { kind: 'stopped' };

export function runThread(init: ThreadInit): ThreadExit {
  const target = programs[init.scenario]?.[init.target];
  const py = new PyThread(init);
  if (!target) {
    py.fail(new PyException('NameError', `name '${init.target}' is not defined`, 0));
    return { kind: 'error', message: `unknown target ${init.scenario}.${init.target}` };
  }
  py.start();
  try {
    target(py, init.params);
    py.finish();
    return { kind: 'done' };
  } catch (e) {
    if (e instanceof RunStopped) return { kind: 'stopped' };
    if (e instanceof PyException) {
      py.fail(e);
      return { kind: 'error', message: e.message };
    }
    const message = e instanceof Error ? e.message : String(e);
    py.fail(new PyException('SystemError', message, 0));
    return { kind: 'error', message };
  }
}
