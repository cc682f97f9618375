// multiprocessing's shared memory in worker mode (`_vm.shared_*`: Value,
// Array, and the counters under Event, Condition, Barrier, JoinableQueue):
// cells of the run's memory, outside every process heap, so a fork does not
// copy them and every process reads and writes the same ones, as CPython's
// mmap'd ctypes. A value is 2 header cells (its length, its typecode) and one
// 8-byte cell per item, read as an int or a float by the typecode. Never freed.

import { H_VALUES_USED, VALUE_CELLS, type RunMemory } from './layout';

export class SharedValuesFull extends Error {}

const LEN = 0;
const CODE = 1;
const HEAD = 2;

export class SharedValues {
  constructor(private readonly m: RunMemory) {}

  /** A new value of `n` items of `typecode` (a char such as 'i' or 'd'), all zero; its handle. */
  allocate(typecode: string, n: number): number {
    const h = Atomics.add(this.m.header, H_VALUES_USED, HEAD + n);
    if (h + HEAD + n > VALUE_CELLS) throw new SharedValuesFull(`multiprocessing shared values hold at most ${VALUE_CELLS} cells in one run in worker mode`);
    this.m.values[h + CODE] = BigInt(typecode.charCodeAt(0));
    Atomics.store(this.m.values, h + LEN, BigInt(n));
    return h;
  }

  valid(h: number): boolean {
    return Number.isInteger(h) && h >= 0 && h + HEAD <= Math.min(VALUE_CELLS, Atomics.load(this.m.header, H_VALUES_USED));
  }

  length(h: number): number {
    return Number(Atomics.load(this.m.values, h + LEN));
  }

  typecode(h: number): string {
    return String.fromCharCode(Number(this.m.values[h + CODE] ?? 0n));
  }

  getInt(h: number, i: number): bigint {
    return Atomics.load(this.m.values, h + HEAD + i);
  }

  setInt(h: number, i: number, v: bigint): void {
    Atomics.store(this.m.values, h + HEAD + i, v);
  }

  getFloat(h: number, i: number): number {
    return this.m.valueFloats[h + HEAD + i] ?? 0;
  }

  setFloat(h: number, i: number, v: number): void {
    this.m.valueFloats[h + HEAD + i] = v;
  }
}
