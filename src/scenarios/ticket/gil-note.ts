/**
 * Why a ticket can be sold twice only without the GIL, in the outcome's words.
 * CPython 3.12 hands the GIL over only at its eval-breaker checks (calls,
 * function entry, backward jumps); `ticket-=1` is LOAD_GLOBAL, LOAD_CONST,
 * BINARY_OP, STORE_GLOBAL with none of them, so with the GIL no other thread
 * comes between its load and its store. Free-threaded 3.13t has no such rule.
 */
import { fmt, type Localized } from '../../i18n/lang';
import type { TicketFigures } from './analysis';

export function freeThreadedNote(f: TicketFigures, freeThreaded: boolean): Localized | null {
  if (!freeThreaded) return null;
  if (f.duplicates > 0) {
    return {
      zh: fmt(
        '没有 GIL（自由线程 3.13t）：ticket-=1 是先读（LOAD_GLOBAL）、再减、后写（STORE_GLOBAL）几步，各线程同时在不同的核上运行，一个线程读到剩余票数、还没写回，另一个线程也读到同一个数，两个线程写下同一个值：{d} 张票卖了两次。有 GIL 时 CPython 只在函数调用和循环的向后跳转处切换线程，ticket-=1 中间没有这样的点，从不会被拆开，所以以前只会多卖、不会重复卖：是 GIL 把这种“丢失的更新”藏起来了，锁才是真正的修正。',
        { d: f.duplicates },
      ),
      en: fmt(
        'No GIL (free-threaded 3.13t): ticket-=1 is a load (LOAD_GLOBAL), a subtraction and a store (STORE_GLOBAL), and the sellers run at once on different cores, so one loads the count, another loads the same count before the first stores, and both store the same value: {d} sold twice. With the GIL, CPython switches threads only at calls and backward jumps, and ticket-=1 has neither, so it is never split: that is why the sellers only oversold before. The GIL hid this lost update; the lock is the real fix.',
        { d: f.duplicates },
      ),
    };
  }
  return {
    zh: '没有 GIL（自由线程 3.13t）：这次没有票被卖两次，但各线程的读和写可以交错，再运行几次看看。',
    en: 'No GIL (free-threaded 3.13t): no ticket was sold twice this time, but the sellers’ loads and stores can interleave now; run it a few more times.',
  };
}
