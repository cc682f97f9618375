/** Line numbers of the globals program (shown in globals/source.ts), same in zh and en. */
export const GLOBALS_LINES = {
  work: { def: 8, loop: 10, sleep: 11, lock: 12, increment: 13, print: 14 },
  main: { ifMain: 16, ps: 18, ts: 20, startLoop: 21, start: 22, joinLoop: 23, join: 24, print: 25 },
} as const;

/** A child process's own copy of `lock` (fork copies it; spawn makes a new one). */
export function childLock(processName: string): string {
  return `lock@${processName}`;
}
