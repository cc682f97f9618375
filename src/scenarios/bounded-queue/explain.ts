/**
 * What Python does with one of the lesson's lines, found by running it through
 * the same binder as the worker, stopping where the queue would be touched.
 * Lets the page show the lines a run never reaches (after the first exception).
 */
import { PyException } from '../../runtime/errors';
import { exceptionLine, runLine } from './pyline';

export type LineReport = { kind: 'runs' } | { kind: 'prints'; text: string } | { kind: 'raises'; text: string };

/** Thrown where the line would reach the queue: the call was well formed. */
class ReachedQueue extends Error {}

export function explainLine(src: string): LineReport {
  const printed: string[] = [];
  const reach = (): never => {
    throw new ReachedQueue();
  };
  try {
    runLine(src, { print: (t) => printed.push(t), queue: { put: reach, get: reach, qsize: reach, empty: reach, full: reach } });
  } catch (e) {
    if (e instanceof ReachedQueue) return { kind: 'runs' };
    if (e instanceof PyException) return { kind: 'raises', text: exceptionLine(e) };
    throw e;
  }
  return printed.length > 0 ? { kind: 'prints', text: printed.join('\n') } : { kind: 'runs' };
}
