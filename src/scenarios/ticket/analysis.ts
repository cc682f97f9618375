/**
 * What the ticket sellers did, read from the VM's stores to the global
 * `ticket` (nothing is marked by the program: the Python is the tutorial's):
 * a sale is a store that lowered `ticket`; a ticket sold twice is a value
 * written by two decrements (a lost update: both read the same count); an
 * oversold ticket is a decrement below zero.
 */
import type { VmFacts, VmStoreFact } from '../../trace/vm-trace';

export const TICKET = 'ticket';

export interface TicketFigures {
  sold: number;
  remaining: number;
  oversold: number;
  duplicates: number;
}

export interface TicketSale {
  t: number;
  lane: number;
  /** The count this sale wrote. */
  value: number;
  oversold: boolean;
  /** An earlier sale already wrote this count. */
  twice: boolean;
}

/** The stores of `ticket` as sales; null when the program never bound `ticket` to a number (the analysis steps aside). */
export function ticketSales(facts: VmFacts): { sales: TicketSale[]; figures: TicketFigures } | null {
  const stores = facts.stores.filter((s) => s.name === TICKET);
  const last = stores.at(-1);
  if (!last || last.num === null || !Number.isInteger(last.num)) return null;
  const sales: TicketSale[] = [];
  const written = new Set<number>();
  for (const s of stores) for (const v of decrements(s)) {
    sales.push({ t: s.t, lane: s.lane, value: v, oversold: v < 0, twice: written.has(v) && v >= 0 });
    written.add(v);
  }
  const figures = {
    sold: sales.length,
    remaining: last.num,
    oversold: sales.filter((s) => s.oversold).length,
    duplicates: sales.filter((s) => s.twice).length,
  };
  return { sales, figures };
}

/**
 * The counts one store wrote on the way down. Usually one (`ticket-=1`); a
 * hot loop's stores may arrive folded into one (store-coalescer.ts), whose
 * old and new values span several decrements.
 */
function decrements(s: VmStoreFact): number[] {
  const from = s.oldNum;
  if (from === null || s.num === null || !(s.num < from)) return [];
  const n = Math.round(from - s.num);
  if (n <= 1) return [s.num];
  return Array.from({ length: n }, (_, i) => from - 1 - i);
}
