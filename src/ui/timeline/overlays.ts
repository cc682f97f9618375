/**
 * The few DOM marks over the canvas, kept as elements so they can be found,
 * read aloud and tested: the race marks (`data-alert`) and pool task bands
 * (`data-task`). Elements are reused between frames; only their positions
 * change.
 */
import type { Mark, TraceModel } from '../../trace/model';
import { type Layout, laneTop, textWidth } from './layout';
import { type TaskBand, taskBands } from './task-bands';
import { type TimeView, toPx } from './view';

export interface AlertMark {
  t: number;
  worker: number;
  label: string;
}

function sync(box: HTMLElement, n: number, make: () => HTMLElement): HTMLElement[] {
  while (box.children.length > n) box.lastElementChild?.remove();
  while (box.children.length < n) box.appendChild(make());
  return Array.from(box.children) as HTMLElement[];
}

export function placeAlerts(box: HTMLElement, alerts: readonly AlertMark[], layout: Layout, view: TimeView, width: number): void {
  const els = sync(box, alerts.length, () => {
    const el = document.createElement('div');
    el.className = 'tl-alert';
    el.appendChild(document.createElement('span'));
    return el;
  });
  // Labels that would overlap an earlier one on the same lane are left out; the band stays.
  const order = alerts.map((a, i) => i).sort((p, q) => (alerts[p]?.t ?? 0) - (alerts[q]?.t ?? 0));
  const lastEnd = new Map<number, number>();
  for (const i of order) {
    const a = alerts[i];
    const el = els[i];
    if (!a || !el) continue;
    const x = toPx(view, width, a.t);
    const visible = a.t >= view.t0 && a.t <= view.t1;
    el.dataset.alert = a.label;
    el.title = a.label;
    el.style.display = visible ? '' : 'none';
    el.style.left = `${layout.labelW + x - 2}px`;
    el.style.top = `${laneTop(layout, a.worker) - 4}px`;
    el.style.height = `${layout.laneH + 8}px`;
    const label = el.firstElementChild as HTMLElement;
    label.textContent = `✖ ${a.label}`;
    const w = textWidth(label.textContent, layout.fontPx - 2) + 10;
    const leftwards = x > width - w - 10;
    const from = leftwards ? x - w : x;
    // Between dense lanes there is no room below a lane: the label would cover the next one.
    const fits = layout.gap >= 10 && from >= (lastEnd.get(a.worker) ?? -Infinity);
    label.style.display = visible && fits ? '' : 'none';
    label.classList.toggle('is-left', leftwards);
    if (visible && fits) lastEnd.set(a.worker, from + w);
  }
}

let cachedMarks: readonly Mark[] | null = null;
let cachedCount = -1;
let cachedBands: (TaskBand & { worker: number })[] = [];

function bandsOf(trace: TraceModel): (TaskBand & { worker: number })[] {
  if (cachedMarks === trace.marks && cachedCount === trace.marks.length) return cachedBands;
  cachedMarks = trace.marks;
  cachedCount = trace.marks.length;
  cachedBands = trace.marks.some((m) => m.label === 'task-start') ? trace.lanes.flatMap((l) => taskBands(trace.marks, l.worker).map((b) => ({ ...b, worker: l.worker }))) : [];
  return cachedBands;
}

export function placeTasks(box: HTMLElement, trace: TraceModel, layout: Layout, view: TimeView, width: number, now: number): void {
  const bands = bandsOf(trace);
  const els = sync(box, bands.length, () => {
    const el = document.createElement('div');
    el.className = 'tl-task';
    return el;
  });
  bands.forEach((b, i) => {
    const el = els[i];
    if (!el) return;
    const lane = trace.lanes[b.worker];
    const last = lane?.spans[lane.spans.length - 1];
    const end = !Number.isNaN(b.end) ? b.end : last && !Number.isNaN(last.end) ? last.end : now;
    const x0 = Math.max(-2, toPx(view, width, b.start));
    const x1 = Math.min(width + 2, toPx(view, width, end));
    el.dataset.task = String(b.task);
    el.dataset.taskState = Number.isNaN(b.end) ? 'open' : 'done';
    el.title = `task ${b.task}`;
    el.style.display = x1 < 0 || x0 > width ? 'none' : '';
    el.style.left = `${layout.labelW + x0}px`;
    el.style.width = `${Math.max(2, x1 - x0)}px`;
    el.style.top = `${laneTop(layout, b.worker)}px`;
    el.style.height = `${layout.laneH}px`;
    el.textContent = x1 - x0 > 26 ? `#${b.task}` : '';
  });
}
