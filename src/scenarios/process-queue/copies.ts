/**
 * Each item's identity on both sides of the process boundary, from the
 * `id-put|…` and `id-get|…` marks the two processes recorded.
 */
import type { TraceModel } from '../../trace/model';
import { ID_GET, ID_PUT } from './lines';

export interface Transfer {
  item: string;
  /** `id(item)` in the producer process. */
  putId: number;
  /** `id(item)` of what get() returned in the consumer process; NaN until got. */
  getId: number;
}

/** Every item put, in put order, with the id it had on each side. */
export function transfers(trace: TraceModel): Transfer[] {
  const out: Transfer[] = [];
  const waiting = new Map<string, Transfer[]>();
  for (const m of trace.marks) {
    if (m.label.startsWith(ID_PUT)) {
      const t = { item: m.label.slice(ID_PUT.length), putId: m.value, getId: NaN };
      out.push(t);
      const list = waiting.get(t.item) ?? [];
      list.push(t);
      waiting.set(t.item, list);
    }
  }
  for (const m of trace.marks) {
    if (!m.label.startsWith(ID_GET)) continue;
    const t = waiting.get(m.label.slice(ID_GET.length))?.shift();
    if (t) t.getId = m.value;
  }
  return out;
}

/** Items that arrived as copies: equal value, a different object (id) in the consumer. */
export function copiedCount(list: readonly Transfer[]): number {
  return list.filter((t) => Number.isFinite(t.getId) && t.getId !== t.putId).length;
}

/** `id()` as Python prints it (a decimal address). */
export function formatId(id: number): string {
  return Number.isFinite(id) ? String(id) : '—';
}
