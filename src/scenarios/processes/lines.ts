/** Line numbers of the tutorial's process program (section 多进程), same in zh and en. */
export const PROCESSES_LINES = {
  dance: { def: 3, loop: 4, print: 5 },
  song: { def: 6, loop: 7, print: 8 },
  main: { ifMain: 9, print: 10, p1: 13, p2: 14, start1: 15, start2: 16 },
} as const;

/**
 * The tutorial's program has no sleep: its prints take microseconds and a run
 * that short draws nothing. So each print costs this many simulated seconds of
 * running (real work, not a sleep: the process is working, not idle).
 */
export const PRINT_COST = 0.02;

/** Units of runtime CPU work (about 10 µs each) that make PRINT_COST on a typical machine. */
export const PRINT_UNITS = 2000;
