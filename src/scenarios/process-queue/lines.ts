/**
 * Line numbers of the tutorial's process queue (section 进程间通信), and the
 * made-up identities of its processes: the parent and the two children Python
 * names `Process-1` and `Process-2`.
 */
export const PQ_LINES = {
  produce: { def: 5, loop: 6, sleep: 7, print: 8, put: 9 },
  consumer: { def: 11, loop: 12, sleep: 13, get: 14 },
  queue: 17,
} as const;

export const PQ_QUEUE = 'q';

/** Children forked one after the other get consecutive pids after their parent's. */
export const PQ_PIDS = { main: 4242, producer: 4243, consumer: 4244 } as const;

/** Mark labels carrying a pseudo `id(item)`: `id-put|<item>` in the producer, `id-get|<item>` in the consumer. */
export const ID_PUT = 'id-put|';
export const ID_GET = 'id-get|';

/**
 * A plausible CPython `id()` (an address in the process's heap): a per-process
 * base from the pid, plus a per-process object counter. Two processes never
 * share an address space, so the same value gets a different id on each side.
 */
export function pseudoId(pid: number, n: number): number {
  return 0x7f0000000000 + pid * 0x100000 + 0x3a0 + n * 0x40;
}
