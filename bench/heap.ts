/**
 * The shared heap against plain JS structures on one thread: list append,
 * dict set+get, and attribute-style access by name. Printed as time ratios
 * (heap / JS); never asserted. Only the results are checked.
 * Standalone: `npx tsx bench/heap.ts`.
 */
import { realNowMs } from '../src/runtime/clock';
import { bootHeap } from '../src/python/heap/boot';
import type { Heap } from '../src/python/heap/heap';
import { dictGet, dictGetStr, dictSet, dictSetStr, newDict } from '../src/python/heap/dict';
import { small, smallValue } from '../src/python/heap/layout';
import { newInstance, objectDict } from '../src/python/heap/objects';
import { listAppend, listGet, listLen, newList } from '../src/python/heap/seq';
import { T } from '../src/python/heap/consts';

const N = 1_000_000;
const ROUNDS = 3;

export interface HeapBenchRow {
  label: string;
  heapMs: number;
  jsMs: number;
}

export interface HeapBench {
  rows: HeapBenchRow[];
  bad: string[];
}

function time(fn: () => number): { ms: number; result: number } {
  const t0 = realNowMs();
  const result = fn();
  return { ms: realNowMs() - t0, result };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const NAMES = ['x', 'y', 'name', 'balance', 'owner', 'count', 'lock', 'items'];

export function benchHeap(): HeapBench {
  const bad: string[] = [];
  const cases: { label: string; heapBytes: number; heap: (h: Heap) => number; js: () => number; want: number }[] = [
    {
      label: `list append + index x${N / 1e6}M`,
      want: (N * (N - 1)) / 2,
      heapBytes: 64 << 20,
      heap: (h) => {
        const l = newList(h);
        for (let k = 0; k < N; k++) listAppend(h, l, small(k));
        let s = 0;
        for (let k = 0, n = listLen(h, l); k < n; k++) s += smallValue(listGet(h, l, k));
        return s;
      },
      js: () => {
        const l: number[] = [];
        for (let k = 0; k < N; k++) l.push(k);
        let s = 0;
        for (let k = 0; k < l.length; k++) s += l[k] as number;
        return s;
      },
    },
    {
      label: `dict int set + get x${N / 1e6}M`,
      want: (N * (N - 1)) / 2,
      heapBytes: 128 << 20,
      heap: (h) => {
        const d = newDict(h);
        for (let k = 0; k < N; k++) dictSet(h, d, small(k), small(k));
        let s = 0;
        for (let k = 0; k < N; k++) s += smallValue(dictGet(h, d, small(k)));
        return s;
      },
      js: () => {
        const d = new Map<number, number>();
        for (let k = 0; k < N; k++) d.set(k, k);
        let s = 0;
        for (let k = 0; k < N; k++) s += d.get(k) as number;
        return s;
      },
    },
    {
      label: `attribute get/set x${N / 1e6}M`,
      want: N,
      heapBytes: 16 << 20,
      heap: (h) => {
        const d = objectDict(h, newInstance(h, T.object));
        for (const n of NAMES) dictSetStr(h, d, n, small(0));
        for (let k = 0; k < N; k++) {
          const name = NAMES[k & 7] as string;
          dictSetStr(h, d, name, small(smallValue(dictGetStr(h, d, name)) + 1));
        }
        return NAMES.reduce((s, n) => s + smallValue(dictGetStr(h, d, n)), 0);
      },
      js: () => {
        const d = new Map<string, number>();
        for (const n of NAMES) d.set(n, 0);
        for (let k = 0; k < N; k++) {
          const name = NAMES[k & 7] as string;
          d.set(name, (d.get(name) as number) + 1);
        }
        return NAMES.reduce((s, n) => s + (d.get(n) as number), 0);
      },
    },
  ];
  const rows: HeapBenchRow[] = [];
  for (const c of cases) {
    const hs: number[] = [];
    const js: number[] = [];
    // Round 0 warms the JIT and is not counted.
    for (let round = 0; round <= ROUNDS; round++) {
      // Booting reserves and zeroes the buffer: not part of the workload.
      const h = bootHeap({ bytes: c.heapBytes });
      const a = time(() => c.heap(h));
      const b = time(c.js);
      if (a.result !== c.want && !bad.length) bad.push(`${c.label}: heap gave ${a.result}, want ${c.want}`);
      if (b.result !== c.want && !bad.length) bad.push(`${c.label}: JS gave ${b.result}, want ${c.want}`);
      if (round > 0) {
        hs.push(a.ms);
        js.push(b.ms);
      }
    }
    rows.push({ label: c.label, heapMs: median(hs), jsMs: median(js) });
  }
  return { rows, bad };
}

export function printHeap(b: HeapBench): void {
  console.log(`  ${'workload'.padEnd(32)} ${'heap ms'.padStart(9)} ${'JS ms'.padStart(9)} ${'heap / JS'.padStart(10)}`);
  for (const r of b.rows) {
    const ratio = r.heapMs / r.jsMs;
    console.log(`  ${r.label.padEnd(32)} ${r.heapMs.toFixed(1).padStart(9)} ${r.jsMs.toFixed(1).padStart(9)} ${(ratio.toFixed(2) + 'x').padStart(10)}`);
  }
}

if (process.argv[1]?.endsWith('heap.ts')) {
  console.log('Shared heap vs JS Array / Map, one thread (median of 3 after a warm-up; never asserted)');
  const b = benchHeap();
  printHeap(b);
  if (b.bad.length) {
    console.error(b.bad.join('\n'));
    process.exitCode = 1;
  }
}
