/** The Share dialog's panel list: every panel, in the order shown, each on or off. */
import { PANELS, type Panel } from '../embed/embed-params';
import type { Strings } from '../i18n/strings';

/** Every panel in the order shown, each on or off: the choice is the ones on, in that order. */
export interface PanelRow {
  panel: Panel;
  on: boolean;
}

export function panelName(t: Strings, p: Panel): string {
  return { code: t.code, controls: t.controls, timeline: t.timeline, console: t.console, outcome: t.outcome, extras: t.shareBuilder.extras }[p];
}

export function move(rows: readonly PanelRow[], i: number, by: -1 | 1): PanelRow[] {
  const j = i + by;
  const out = [...rows];
  const a = out[i];
  const b = out[j];
  if (!a || !b) return out;
  out[i] = b;
  out[j] = a;
  return out;
}

/** Rows from a panel choice: the chosen ones first in their order, then the rest, off. */
export function rowsFor(panels: readonly Panel[]): PanelRow[] {
  return [...panels.map((panel) => ({ panel, on: true })), ...PANELS.filter((p) => !panels.includes(p)).map((panel) => ({ panel, on: false }))];
}
