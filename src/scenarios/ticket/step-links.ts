/**
 * Step-mode links into the ticket lesson a teacher can hand out (issue 12):
 * the lesson's own program with the lock off, and the interleaving that
 * oversells. The e2e opens it; step.test.ts proves the schedule still oversells.
 */
export const OVERSELL = {
  /** The lesson's parameters: the lock off, two tickets (a short run), stepped by line. */
  query: 'lock=off&tickets=2&mode=step&granularity=line',
  /**
   * Lane 0 (MainThread) starts both sellers; seller 1 checks `ticket>0` and sleeps,
   * seller 2 checks and sleeps too, and both wake to sell the last ticket.
   */
  schedule: '000000000111100222200111111222222211',
} as const;
