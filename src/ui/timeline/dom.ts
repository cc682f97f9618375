/**
 * DOM parts of the timeline kept in step by the frame: the lane names (one
 * `[data-lane]` per thread, with its state, found by tests and screen
 * readers), the value-track names, and the tooltip.
 */
import type { TraceModel, ValueTrack } from '../../trace/model';
import { threadInk } from '../palette';
import { type Layout, laneTop, valueTop } from './layout';
import type { Tip } from './tooltip';

export function syncNames(box: HTMLElement, trace: TraceModel, tracks: readonly ValueTrack[], layout: Layout, holdingWord: string): void {
  const want = trace.lanes.length + tracks.length;
  if (box.children.length !== want || box.dataset.key !== `${layout.size}|${layout.height}`) {
    box.replaceChildren();
    box.dataset.key = `${layout.size}|${layout.height}`;
    for (const lane of trace.lanes) {
      const el = document.createElement('div');
      el.className = 'tl-name';
      el.dataset.lane = lane.name;
      el.title = lane.name;
      el.style.top = `${laneTop(layout, lane.worker)}px`;
      el.style.height = `${layout.laneH}px`;
      el.style.width = `${layout.labelW - 8}px`;
      el.style.color = threadInk(lane.worker);
      const text = document.createElement('span');
      text.className = 'tl-name-text';
      text.textContent = lane.name;
      el.appendChild(text);
      box.appendChild(el);
    }
    tracks.forEach((t, j) => {
      const el = document.createElement('div');
      el.className = 'tl-name tl-track-name';
      el.dataset.track = t.name;
      el.title = t.name;
      el.style.top = `${valueTop(layout, j)}px`;
      el.style.height = `${layout.valueH}px`;
      el.style.width = `${layout.labelW - 8}px`;
      el.textContent = t.name;
      box.appendChild(el);
    });
  }
  trace.lanes.forEach((lane, i) => {
    const el = box.children[i] as HTMLElement | undefined;
    if (!el) return;
    const st = String(lane.state);
    if (el.dataset.state !== st) el.dataset.state = st;
    // Lock holds are drawn on the canvas; this says so in words, per lane.
    if (lane.holds.length > 0) {
      let h = el.querySelector<HTMLElement>('.hold');
      if (!h) {
        h = document.createElement('span');
        h.className = 'hold visually-hidden';
        el.appendChild(h);
      }
      const text = `${holdingWord} ×${lane.holds.length}`;
      if (h.textContent !== text) h.textContent = text;
    }
  });
}

/** Shows `tip` beside the pointer at viewport (`x`, `y`). */
export function showTip(el: HTMLElement, tip: Tip, x: number, y: number): void {
  el.replaceChildren();
  const title = document.createElement('div');
  title.className = 'tl-tip-title';
  title.textContent = tip.title;
  el.appendChild(title);
  const dl = document.createElement('dl');
  for (const r of tip.rows) {
    const dt = document.createElement('dt');
    dt.textContent = r.label;
    const dd = document.createElement('dd');
    dd.textContent = r.value;
    dl.append(dt, dd);
  }
  el.appendChild(dl);
  el.dataset.line = String(tip.line);
  el.classList.toggle('is-alarm', tip.alarm);
  el.hidden = false;
  // Beside the pointer, flipped to its left or above it near the window's edges so it is never cut off.
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const left = x + 16 + w > vw ? Math.max(0, x - 16 - w) : x + 16;
  const top = y + 14 + h > vh ? Math.max(0, y - 14 - h) : y + 14;
  el.style.left = `${left}px`;
  el.style.top = `${top}px`;
}

export function hideTip(el: HTMLElement): void {
  el.hidden = true;
}
