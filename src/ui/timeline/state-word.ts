/** A thread state in the legend's words: the tooltip and the timeline's text alternative say the same. */
import type { Strings } from '../../i18n/strings';
import { ThreadState } from '../../runtime/events';

export function stateWord(t: Strings, st: ThreadState): string {
  switch (st) {
    case ThreadState.Sleeping:
      return t.legend.sleeping;
    case ThreadState.WaitingLock:
      return t.legend.waiting;
    case ThreadState.WaitingQueue:
      return t.legend.waitingQueue;
    case ThreadState.Joining:
      return t.legend.joining;
    case ThreadState.WaitingEvent:
      return t.legend.waitingEvent;
    case ThreadState.Done:
      return t.legend.done;
    default:
      return t.legend.running;
  }
}
