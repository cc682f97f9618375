// The events of a stepped run, as they come: kept with lock ids renumbered
// from 1 in the order the run meets them (the VM numbers locks per JS
// worker, so a replay would otherwise show other numbers), and the holder of
// each lock (the VM's lock knows only locked/unlocked; the holder is who took
// it last and has not let go).

import type { VmEvent, VmEventSink } from '../vm/events';

export interface LockRecord {
  id: number;
  label: string | null;
  /** The main-module global that was bound to it, if any. */
  global: string | null;
  /** ident of the thread holding it, or null. */
  holder: number | null;
}

export class EventBook implements VmEventSink {
  readonly events: VmEvent[] = [];
  readonly locks = new Map<number, LockRecord>();
  private byRaw = new Map<number, number>();

  /** The run's number for a VM lock id (-1 stays -1). */
  local(raw: number): number {
    if (raw < 0) return raw;
    let id = this.byRaw.get(raw);
    if (id === undefined) {
      id = this.byRaw.size + 1;
      this.byRaw.set(raw, id);
      this.locks.set(id, { id, label: null, global: null, holder: null });
    }
    return id;
  }

  lock(raw: number): LockRecord {
    return this.locks.get(this.local(raw)) as LockRecord;
  }

  emit(e: VmEvent): void {
    switch (e.kind) {
      case 'lock-acquire': {
        const r = this.lock(e.lock);
        r.holder = e.ident;
        r.label ??= e.label;
        this.events.push({ ...e, lock: r.id });
        return;
      }
      case 'lock-release': {
        const r = this.lock(e.lock);
        r.holder = null;
        this.events.push({ ...e, lock: r.id });
        return;
      }
      case 'wait-start':
        this.events.push({ ...e, lock: this.local(e.lock) });
        return;
      case 'global-store':
        if (e.lock >= 0) {
          const r = this.lock(e.lock);
          r.global ??= e.name;
          this.events.push({ ...e, lock: r.id });
          return;
        }
        this.events.push(e);
        return;
      default:
        this.events.push(e);
    }
  }
}
