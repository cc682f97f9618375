/**
 * Where things sit on the timeline, in CSS px of the whole panel: lane rows
 * stack from the top, value tracks under them, the axis last. The left
 * column holds the names (DOM), the drawing area starts at `labelW`.
 * Projector size ("large") makes lanes at least 32 px and text at least 16 px.
 */
export type TimelineSize = 'normal' | 'large';

export interface Layout {
  size: TimelineSize;
  lanes: number;
  values: number;
  laneH: number;
  gap: number;
  valueH: number;
  top: number;
  axisH: number;
  labelW: number;
  right: number;
  /** Text size of labels drawn on the canvas and of the names. */
  fontPx: number;
  height: number;
}

/** Rough text width at `fontPx`: wide (CJK) characters take about twice a Latin one. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? fontPx * 1.02 : fontPx * 0.6;
  return w;
}

/** Many lanes get thinner rows, so 64 sellers still fit a screen; never below 32 px on a projector. */
export function makeLayout(size: TimelineSize, names: readonly string[], values: number): Layout {
  const lanes = names.length;
  const dense = lanes > 12;
  const large = size === 'large';
  const fontPx = large ? 16 : dense ? 11 : 13;
  const laneH = large ? (dense ? 32 : 40) : dense ? 14 : 26;
  const gap = large ? (dense ? 6 : 14) : dense ? 4 : 12;
  const valueH = large ? 44 : 30;
  const top = large ? 24 : 18;
  const axisH = large ? 34 : 26;
  // Long names get an ellipsis past a third of a typical panel; the full name is in the tooltip.
  let widest = 0;
  for (const n of names) widest = Math.max(widest, textWidth(n, fontPx) + 6);
  const labelW = Math.ceil(Math.min(large ? 260 : 200, Math.max(56, widest + 14)));
  const height = top + lanes * (laneH + gap) + values * (valueH + gap) + axisH;
  return { size, lanes, values, laneH, gap, valueH, top, axisH, labelW, right: 14, fontPx, height };
}

export function laneTop(l: Layout, i: number): number {
  return l.top + i * (l.laneH + l.gap);
}

export function valueTop(l: Layout, j: number): number {
  return l.top + l.lanes * (l.laneH + l.gap) + j * (l.valueH + l.gap);
}

/** Width of the drawing area for a panel `width` px wide. */
export function plotWidth(l: Layout, width: number): number {
  return Math.max(10, width - l.labelW - l.right);
}
