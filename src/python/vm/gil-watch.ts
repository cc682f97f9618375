// Who holds each process's GIL, told to the watcher as 'gil' events (a
// timeline draws the holds). A thread takes its process's GIL when the
// scheduler gives it a turn and another thread of that process held it, and
// lets go when it blocks or ends (CPython drops the GIL around a blocking
// call). A turn of another process's thread changes nothing here: that
// process has its own GIL, held on its own (virtual) core.

export interface GilProc<T> {
  readonly pid: number;
  readonly threads: readonly T[];
}

export class GilWatch<P extends GilProc<T>, T> {
  private readonly holders = new Map<P, T>();

  constructor(private readonly note: (th: T, held: boolean) => void) {}

  /** th got a turn to run. */
  took(proc: P, th: T): void {
    const was = this.holders.get(proc);
    if (was === th) return;
    if (was !== undefined) this.note(was, false);
    this.holders.set(proc, th);
    this.note(th, true);
  }

  /** th stopped running for now: it lets go if it blocked or ended (`running` false). */
  after(proc: P | undefined, th: T, running: boolean): void {
    if (running || proc === undefined || this.holders.get(proc) !== th) return;
    this.holders.delete(proc);
    this.note(th, false);
  }
}
