/**
 * What the code panel marks on the program's lines, from the run's trace:
 * shared by the static view (first paint) and the editor (loaded after it),
 * so both draw the same marks.
 */
import type { RunStatus } from '../engine/driver';
import { ThreadState } from '../runtime/events';
import type { TraceModel } from '../trace/model';
import { threadInk } from './palette';

export interface ThreadMark {
  line: number;
  name: string;
  /** Index into the thread palette: the line's tint comes from it. */
  colorIndex: number;
  /** The chip's fill (the thread's ink colour, a CSS value). */
  ink: string;
  /** Waiting for a lock or a queue: drawn dashed. */
  waiting: boolean;
}

export interface LineMarks {
  threads: readonly ThreadMark[];
  /** Line → the exception's name (or a fallback label). */
  failed: ReadonlyMap<number, string>;
  struck: readonly number[];
  /** 0 for none. */
  selected: number;
}

export const NO_MARKS: LineMarks = { threads: [], failed: new Map(), struck: [], selected: 0 };

export function lineMarksOf(trace: TraceModel, status: RunStatus, struck: readonly number[], selected: number, raisedHere: string): LineMarks {
  // Where an exception stopped a thread: that line stays marked after the run, as Python's traceback points at it.
  const failed = new Map<number, string>();
  const threads: ThreadMark[] = [];
  if (status !== 'idle') {
    for (const c of trace.console) {
      if (c.stream !== 'err' || c.line <= 0 || failed.has(c.line)) continue;
      const lane = trace.lanes[c.worker];
      // Only a thread an exception ended: a caught one printed to stderr (a `>>>` traceback, a warning) stopped nothing.
      if (!lane?.error) continue;
      failed.set(c.line, lane.error.split(':')[0] || raisedHere);
    }
    // Where each live thread is now, in its colour.
    for (const lane of trace.lanes) {
      if (lane.line === 0 || lane.state === ThreadState.Done) continue;
      const waiting = lane.state === ThreadState.WaitingLock || lane.state === ThreadState.WaitingQueue || lane.state === ThreadState.Joining || lane.state === ThreadState.WaitingEvent;
      threads.push({ line: lane.line, name: lane.name, colorIndex: lane.worker, ink: threadInk(lane.worker), waiting });
    }
  }
  return { threads, failed, struck, selected };
}
