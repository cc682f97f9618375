// Each process's stdout and stderr as a line-buffered stream, in front of the
// run's one output. In CPython every process has its own sys.stdout buffer,
// so `print(..., end='')` pieces of two processes never meet on one line of a
// terminal: a process's partial line stays in its buffer until its newline, a
// flush or its exit. The page and the CLI show one stream, so the host keeps
// each process's partial line here and passes on whole lines only; threads of
// one process share its buffer (their pieces do meet, as in CPython).

export class ProcessLines {
  /** `proc * 4 + fd` → the partial line (text after the last newline). */
  private readonly partial = new Map<number, string>();

  constructor(private readonly sink: (fd: number, text: string) => void) {}

  /** A write of process `proc`, in the run's global order; `flush` also passes on what is left of its line. */
  write(proc: number, fd: number, text: string, flush = false): void {
    const key = proc * 4 + fd;
    const all = (this.partial.get(key) ?? '') + text;
    const cut = flush ? all.length : all.lastIndexOf('\n') + 1;
    if (cut > 0) this.sink(fd, all.slice(0, cut));
    if (cut < all.length) this.partial.set(key, all.slice(cut));
    else this.partial.delete(key);
  }

  /** The process ended (or flushed every stream): its partial lines are passed on. */
  flushProc(proc: number): void {
    for (const fd of [1, 2]) this.write(proc, fd, '', true);
  }

  /** The run ends: every partial line left, by process. */
  flushAll(): void {
    const keys = [...this.partial.keys()].sort((a, b) => a - b);
    for (const k of keys) this.write(Math.floor(k / 4), k % 4, '', true);
  }
}
