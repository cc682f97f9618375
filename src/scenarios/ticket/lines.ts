/**
 * Line numbers of the ticket program as shown in the code panel. The lesson as
 * written ("seed") is the tutorial's program line for line; the fixed variant
 * adds one `lock.release()` before the `else` branch leaves.
 */
export interface TicketLines {
  whileTrue: number;
  acquire: number;
  check: number;
  sleep: number;
  decrement: number;
  release: number;
  print: number;
  elseRelease: number; // 0 when the variant has none (the bug)
  noTicket: number;
  breakLine: number;
}

export const SEED_LINES: TicketLines = {
  whileTrue: 10,
  acquire: 12,
  check: 13,
  sleep: 14,
  decrement: 15,
  release: 17,
  print: 18,
  elseRelease: 0,
  noTicket: 20,
  breakLine: 21,
};

export const FIXED_LINES: TicketLines = { ...SEED_LINES, elseRelease: 20, noTicket: 21, breakLine: 22 };

export function ticketLines(variant: string): TicketLines {
  return variant === 'seed' ? SEED_LINES : FIXED_LINES;
}
