/**
 * The tutorial's `sell_ticket`, mirrored line by line against the runtime.
 * With the lock off the acquire/release lines are skipped (shown struck
 * through), so the race comes from the real interleaving of real workers.
 * Every call is awaited, so it runs on both runtimes (see AsyncThreadTarget).
 */
import type { AsyncThreadTarget } from '../types';
import { ticketLines } from './lines';

export const sell_ticket: AsyncThreadTarget = async (py, params) => {
  const L = ticketLines(String(params.variant));
  const useLock = params.lock === true;
  for (;;) {
    await py.line(L.whileTrue);
    if (useLock) await py.acquire('lock', L.acquire);
    if ((await py.getGlobal('ticket', L.check)) > 0) {
      await py.sleep(1, L.sleep);
      // `ticket -= 1` is a read then a write: another thread may act in between.
      const seen = await py.getGlobal('ticket', L.decrement);
      await py.setGlobal('ticket', seen - 1, L.decrement);
      await py.mark('sold', seen, L.decrement);
      if (useLock) await py.release('lock', L.release);
      const left = await py.getGlobal('ticket', L.print);
      await py.print(`${py.name}卖出一张，剩${left} 张`, L.print);
    } else {
      if (useLock && L.elseRelease > 0) await py.release('lock', L.elseRelease);
      await py.print('no ticket!', L.noTicket);
      await py.line(L.breakLine);
      return;
    }
  }
};
