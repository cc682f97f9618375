/**
 * How a simulated parent starts and joins its children, shared by the process
 * scenarios (worker and main side, no DOM).
 *
 * `p.start()` is modelled as multiprocessing's spawn start method does it: the
 * parent writes the child's arguments down a pipe and the child, already
 * launched, blocks reading them. Here that pipe is a one-slot queue, so a
 * child cannot run before its parent's `start()` line, whatever the workers'
 * real scheduling. `join()` is the reverse: the child writes its exit down a
 * second pipe and the parent blocks reading it (CPython waits on the child's
 * sentinel; the effect is the same: the parent goes on only once the child is gone).
 */
import type { QueueInit } from '../../runtime/thread-context';

/** The main process's pid in every scenario (the thread scenarios use it too). */
export const MAIN_PID = 4242;

/** A child's pid: made up, as an OS hands them out, one after the parent's. */
export function childPid(k: number): number {
  return MAIN_PID + k;
}

/** The pipe `start()` writes on, by the worker's Python name. */
export function startPipe(name: string): string {
  return `${name}.start()`;
}

/** The pipe `join()` reads from, by the worker's Python name. */
export function joinPipe(name: string): string {
  return `${name}.join()`;
}

/** One-slot pipes for each worker: always a start pipe, and a join pipe when the parent joins. */
export function pipeSpecs(workers: readonly { name: string; kind: QueueInit['kind'] }[], join: boolean): QueueInit[] {
  const out: QueueInit[] = [];
  for (const w of workers) {
    out.push({ name: startPipe(w.name), maxsize: 1, kind: w.kind });
    if (join) out.push({ name: joinPipe(w.name), maxsize: 1, kind: w.kind });
  }
  return out;
}

/** What a wait on one of these pipes is: a child starting (its start pipe) or a parent joining. */
export function pipeKind(queueName: string): 'starting' | 'joining' | null {
  if (queueName.endsWith('.start()')) return 'starting';
  if (queueName.endsWith('.join()')) return 'joining';
  return null;
}

/** The words for a wait on start/join pipes, for the timeline (they are no queue of the student's). */
export const START_JOIN_WAIT = {
  zh: '启动或 join() 中（等待 start() / 子进程结束）',
  en: 'starting or joining (waiting in start() / join())',
} as const;
