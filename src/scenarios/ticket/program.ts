/**
 * The tutorial's `sell_ticket`, mirrored line by line against the runtime.
 * With the lock off the acquire/release lines are skipped (shown struck
 * through), so the race comes from the real interleaving of real workers.
 */
import type { ThreadTarget } from '../types';
import { ticketLines } from './lines';

export const sell_ticket: ThreadTarget = (py, params) => {
  const L = ticketLines(String(params.variant));
  const useLock = params.lock === true;
  for (;;) {
    py.line(L.whileTrue);
    if (useLock) py.acquire('lock', L.acquire);
    if (py.getGlobal('ticket', L.check) > 0) {
      py.sleep(1, L.sleep);
      // `ticket -= 1` is a read then a write: another thread may act in between.
      const seen = py.getGlobal('ticket', L.decrement);
      py.setGlobal('ticket', seen - 1, L.decrement);
      py.mark('sold', seen, L.decrement);
      if (useLock) py.release('lock', L.release);
      const left = py.getGlobal('ticket', L.print);
      py.print(`${py.name}卖出一张，剩${left} 张`, L.print);
    } else {
      if (useLock && L.elseRelease > 0) py.release('lock', L.elseRelease);
      py.print('no ticket!', L.noTicket);
      py.line(L.breakLine);
      return;
    }
  }
};
