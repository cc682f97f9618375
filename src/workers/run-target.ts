/**
 * Runs one thread target to its end on either runtime's thread object and
 * turns how it ended into a ThreadExit. Imports no runtime values, so a
 * worker without SharedArrayBuffer can load it.
 */
import { PyException, RunStopped } from '../runtime/errors';
import type { ThreadHost } from '../runtime/py-api';
import type { ParamValues } from '../scenarios/types';

export type ThreadExit = { kind: 'done' } | { kind: 'error'; message: string } | { kind: 'stopped' };

export interface TargetRef {
  scenario: string;
  target: string;
  params: ParamValues;
}

export async function runTarget<P extends ThreadHost>(
  py: P,
  target: ((py: P, params: ParamValues) => void | Promise<void>) | undefined,
  ref: TargetRef,
): Promise<ThreadExit> {
  if (!target) {
    await py.fail(new PyException('NameError', `name '${ref.target}' is not defined`, 0));
    return { kind: 'error', message: `unknown target ${ref.scenario}.${ref.target}` };
  }
  try {
    await py.start();
    await target(py, ref.params);
    await py.finish();
    return { kind: 'done' };
  } catch (e) {
    if (e instanceof RunStopped) return { kind: 'stopped' };
    if (e instanceof PyException) {
      await py.fail(e);
      return { kind: 'error', message: e.message };
    }
    const message = e instanceof Error ? e.message : String(e);
    await py.fail(new PyException('SystemError', message, 0));
    return { kind: 'error', message };
  }
}
