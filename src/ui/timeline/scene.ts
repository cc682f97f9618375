/**
 * Everything one frame of the timeline draws from. Built by the component
 * (or an export) and handed to the paint functions, which read nothing else.
 */
import type { Flow } from '../../trace/causality';
import type { TraceModel } from '../../trace/model';
import type { Layout } from './layout';
import type { TimeView } from './view';

export interface Colors {
  laneBg: string;
  panel: string;
  ink: string;
  inkSoft: string;
  hold: string;
  bad: string;
  line: string;
  good: string;
}

/** A span by its lane and place in that lane's list. */
export interface SpanRef {
  worker: number;
  index: number;
}

export interface Scene {
  trace: TraceModel;
  view: TimeView;
  layout: Layout;
  /** Width of the drawing area in CSS px. */
  width: number;
  now: number;
  colors: Colors;
  /** "line 14" in the page's language. */
  lineLabel: (line: number) => string;
  selected: SpanRef | null;
  hovered: SpanRef | null;
  /** A moment picked in the console: marked on its lane. */
  focus: { t: number; worker: number } | null;
  flows: readonly Flow[];
}

export const LIGHT: Colors = {
  laneBg: '#f1f3f6',
  panel: '#ffffff',
  ink: '#1c2330',
  inkSoft: '#4b5566',
  hold: '#1c2330',
  bad: '#c0262d',
  line: '#c9cfd8',
  good: '#1d7a3e',
};

/** The theme's colours from the CSS variables on `el` (light and dark follow the system). */
export function readColors(el: Element): Colors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    laneBg: v('--lane-bg', LIGHT.laneBg),
    panel: v('--panel', LIGHT.panel),
    ink: v('--ink', LIGHT.ink),
    inkSoft: v('--ink-soft', LIGHT.inkSoft),
    hold: v('--hold', LIGHT.hold),
    bad: v('--bad', LIGHT.bad),
    line: v('--line', LIGHT.line),
    good: v('--good', LIGHT.good),
  };
}

/** Index of the last item whose `start` is at or before `t` (0 if none): where culling starts. */
export function firstVisible<T extends { start: number }>(items: readonly T[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The same search over items keyed by `t` (value points, marks). */
export function firstAtOrBefore<T extends { t: number }>(items: readonly T[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.t ?? 0) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
