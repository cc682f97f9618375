/**
 * The words for a wait on a mirror scenario's start/join pipes (one-slot
 * queues that stand for `p.start()` and `p.join()`, not a queue of the
 * student's): shared by the timeline's tooltip and the scenarios that still
 * model processes so (gil). The process lessons on the VM have no pipes: the
 * VM forks, and a join is a wait the VM names itself.
 */

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
