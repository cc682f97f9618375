/**
 * The heap under real worker_threads on one SharedArrayBuffer: concurrent
 * allocation never overlaps, per-object locks make appends and dict sets
 * exact, and a lock-free reader racing a writer never sees a torn value.
 */
import { describe, expect, it } from 'vitest';
import { spawnNodeThread } from '../../engine/node-spawner.node';
import { bootHeap } from './boot';
import { dictGetStr, dictLen, newDict } from './dict';
import { BIG_A, BIG_B, type HeapJob, type HeapWorkerReport } from './fixtures/heap-jobs.node';
import type { Heap } from './heap';
import { H_SIZE, Kind, small } from './layout';
import { floatValue, intValue, newInt } from './numbers';
import { newCell } from './objects';
import { listItems, listLen, newList, tupleItems } from './seq';
import { strValue } from './str';

const entry = new URL('./fixtures/heap-worker.node.ts', import.meta.url);

async function run(h: Heap, tasks: HeapJob[]): Promise<HeapWorkerReport[]> {
  const control = new SharedArrayBuffer(12);
  const reports: HeapWorkerReport[] = [];
  let ready = 0;
  const threads = tasks.map((task, me) =>
    spawnNodeThread(entry, { heap: h.buffer, control, me, task }, (m) => {
      const msg = m as { kind: string };
      if (msg.kind === 'ready' && ++ready === tasks.length) {
        // Open the gate only when all are loaded, so they really run at once.
        Atomics.store(new Int32Array(control), 0, 1);
        Atomics.notify(new Int32Array(control), 0);
      } else if (msg.kind === 'heap-report') reports.push(m as HeapWorkerReport);
    }),
  );
  await Promise.all(threads.map((t) => t.exit));
  return reports.sort((a, b) => a.me - b.me);
}

describe('the heap shared by worker_threads', () => {
  it('4 workers allocate 100 000 objects each at once: no two overlap, all readable from here', async () => {
    const h = bootHeap({ bytes: 64 << 20 });
    const N = 100_000;
    const reports = await run(h, Array.from({ length: 4 }, () => ({ job: 'alloc' as const, n: N })));
    const all: number[] = [];
    for (const r of reports) {
      const refs = r.refs ?? [];
      expect(refs.length).toBe(N + 2 * (N / 10));
      let k = 0;
      let wrong = 0;
      for (const ref of refs) {
        all.push(ref);
        if (h.kind(ref) === Kind.FLOAT && floatValue(h, ref) !== r.me * 1e6 + k++) wrong++;
      }
      expect(wrong).toBe(0);
      expect(k).toBe(N);
      const firstTuple = refs[1] as number;
      expect(tupleItems(h, firstTuple)).toEqual([refs[0], small(0)]);
      expect(strValue(h, refs[2] as number)).toBe(`w${r.me}-0`);
    }
    all.sort((a, b) => a - b);
    let overlaps = 0;
    for (let i = 0; i + 1 < all.length; i++) {
      const a = all[i] as number;
      if (a + h.get(a, H_SIZE) > (all[i + 1] as number)) overlaps++;
    }
    expect(overlaps).toBe(0);
    expect(new Set(all).size).toBe(all.length);
  }, 60_000);

  it('4 workers append to one list under its object lock: exact length, every item once', async () => {
    const h = bootHeap({ bytes: 32 << 20 });
    const list = newList(h);
    const N = 50_000;
    await run(h, Array.from({ length: 4 }, () => ({ job: 'append' as const, n: N, list })));
    expect(listLen(h, list)).toBe(4 * N);
    const seen = new Set(listItems(h, list));
    expect(seen.size).toBe(4 * N);
    for (let v = 0; v < 4 * N; v++) if (!seen.has(small(v))) throw new Error(`missing ${v}`);
  }, 60_000);

  it('4 workers set keys of one dict under its lock: every key present with its value', async () => {
    const h = bootHeap({ bytes: 32 << 20 });
    const dict = newDict(h);
    const N = 20_000;
    await run(h, Array.from({ length: 4 }, () => ({ job: 'dict' as const, n: N, dict })));
    expect(dictLen(h, dict)).toBe(4 * N);
    for (let me = 0; me < 4; me++) {
      for (let k = 0; k < N; k += 97) expect(dictGetStr(h, dict, `w${me}-${k}`)).toBe(small(k));
      expect(dictGetStr(h, dict, `w${me}-${N - 1}`)).toBe(small(N - 1));
    }
  }, 60_000);

  it('a lock-free reader racing a writer never sees a torn big int or a torn list', async () => {
    const h = bootHeap({ bytes: 64 << 20 });
    const cell = newCell(h, newInt(h, BIG_A));
    const list = newList(h);
    const N = 200_000;
    const reports = await run(h, [
      { job: 'tear-writer', n: N, cell, list },
      { job: 'tear-reader', cell, list },
    ]);
    expect(reports[1]?.violations).toEqual([]);
    expect(reports[1]?.reads ?? 0).toBeGreaterThan(1000);
    expect(listLen(h, list)).toBe(N);
    expect(intValue(h, h.get(cell, 4))).toBe(N % 2 ? BIG_B : BIG_A);
  }, 60_000);

  it('a lock-free dict reader racing inserts and resizes always finds every key inserted so far', async () => {
    const h = bootHeap({ bytes: 64 << 20 });
    const dict = newDict(h);
    const N = 200_000;
    const reports = await run(h, [
      { job: 'dict-writer', n: N, dict },
      { job: 'dict-reader', dict },
    ]);
    expect(reports[1]?.violations).toEqual([]);
    expect(reports[1]?.reads ?? 0).toBeGreaterThan(1000);
    expect(dictLen(h, dict)).toBe(N);
  }, 60_000);
});
