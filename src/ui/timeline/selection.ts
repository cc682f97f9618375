/**
 * What the student picked on the timeline or in the console, shared by the
 * timeline, the code panel (marks the line) and the console (marks the
 * span's prints). Its own small store: picking a span must not re-render
 * the lab.
 */
import { create } from 'zustand';

export interface SelectedSpan {
  worker: number;
  index: number;
  line: number;
  t0: number;
  /** NaN while the span is still open. */
  t1: number;
}

export interface TimelineSelection {
  selected: SelectedSpan | null;
  /** A moment picked in the console, shown on the timeline. */
  focus: { t: number; worker: number; line: number } | null;
  select(span: SelectedSpan | null): void;
  focusMoment(t: number, worker: number, line: number): void;
  clear(): void;
}

export const useSelection = create<TimelineSelection>()((set) => ({
  selected: null,
  focus: null,
  select: (selected) => set({ selected, focus: null }),
  focusMoment: (t, worker, line) => set({ focus: { t, worker, line }, selected: null }),
  clear: () => set({ selected: null, focus: null }),
}));

/** The code line the selection points at (0 = none). */
export function selectedLine(s: Pick<TimelineSelection, 'selected' | 'focus'>): number {
  return s.selected?.line ?? s.focus?.line ?? 0;
}

/** Whether a console line at `t` by `worker` was printed during the selected span. */
export function inSelectedSpan(sel: SelectedSpan | null, worker: number, t: number, now: number): boolean {
  if (!sel || sel.worker !== worker) return false;
  const end = Number.isNaN(sel.t1) ? now : sel.t1;
  return t >= sel.t0 - 1e-9 && t <= end + 1e-9;
}
