// The table mutex: Drepper's 3-state futex lock on one Int32 word. It guards
// only short critical sections (a state change in the thread table), so a
// thread that may not block (a page's main thread) simply spins.

export class Mutex {
  constructor(
    private readonly a: Int32Array,
    private readonly i: number,
    /** False on a thread where Atomics.wait throws (a browser's main thread): spin instead. */
    private readonly canBlock = true,
  ) {}

  lock(): void {
    const { a, i } = this;
    let c = Atomics.compareExchange(a, i, 0, 1);
    if (c === 0) return;
    if (!this.canBlock) {
      while (Atomics.compareExchange(a, i, 0, 2) !== 0);
      return;
    }
    do {
      if (c === 2 || Atomics.compareExchange(a, i, 1, 2) !== 0) Atomics.wait(a, i, 2);
      c = Atomics.compareExchange(a, i, 0, 2);
    } while (c !== 0);
  }

  unlock(): void {
    if (Atomics.sub(this.a, this.i, 1) !== 1) {
      Atomics.store(this.a, this.i, 0);
      Atomics.notify(this.a, this.i, 1);
    }
  }
}
