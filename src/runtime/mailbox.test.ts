import { describe, expect, it } from 'vitest';
import { tsWorker } from '../engine/ts-worker.node';
import { SharedMailbox } from './mailbox';

const readerEntry = new URL('./fixtures/mailbox-reader.node.ts', import.meta.url);

interface ReaderReply {
  got: string[];
  extra: string | null;
}

function startReader(buffer: SharedArrayBuffer, count: number, sliceMs = 5): Promise<ReaderReply> {
  const w = tsWorker(readerEntry, { buffer, count, sliceMs, idleLimitMs: 10_000 });
  return new Promise<ReaderReply>((resolve, reject) => {
    w.once('message', (m: ReaderReply) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`reader exited (${code}) without a result`)));
  }).finally(() => void w.terminate());
}

describe('SharedMailbox', () => {
  it('hands messages over in order, each once, on one thread', () => {
    const box = new SharedMailbox(SharedMailbox.create({ slots: 4, slotBytes: 64 }));
    expect(box.take(0)).toBeNull();
    expect(box.send("q.put('how',block=True,timeout=3)")).toBe(true);
    expect(box.send('q.get_nowait()')).toBe(true);
    expect(box.pending()).toBe(2);
    expect(box.take(0)).toBe("q.put('how',block=True,timeout=3)");
    expect(box.take(0)).toBe('q.get_nowait()');
    expect(box.take(0)).toBeNull();
    expect(box.pending()).toBe(0);
  });

  it('wait() tells a message is there without taking it, and times out when none comes', () => {
    const box = new SharedMailbox(SharedMailbox.create({ slots: 4, slotBytes: 64 }));
    expect(box.wait(30)).toBe(false);
    box.send('x = 1');
    expect(box.wait(0)).toBe(true);
    expect(box.wait(1000)).toBe(true);
    expect(box.take(0)).toBe('x = 1');
    expect(box.wait(0)).toBe(false);
  });

  it('refuses, without losing anything, when full or when a text is too long', () => {
    const box = new SharedMailbox(SharedMailbox.create({ slots: 2, slotBytes: 8 }));
    expect(box.send('a')).toBe(true);
    expect(box.send('b')).toBe(true);
    expect(box.send('c')).toBe(false);
    expect(box.send('123456789')).toBe(false);
    expect(box.take(0)).toBe('a');
    expect(box.send('队列')).toBe(true); // 6 UTF-8 bytes
    expect(box.take(0)).toBe('b');
    expect(box.take(0)).toBe('队列');
  });

  it('times out a wait when nothing is sent', () => {
    const box = new SharedMailbox(SharedMailbox.create());
    const t0 = performance.now();
    expect(box.take(30)).toBeNull();
    expect(performance.now() - t0).toBeGreaterThanOrEqual(20);
  });

  it('delivers thousands of messages across worker_threads exactly once, in order, through a small ring', async () => {
    const count = 3000;
    const buffer = SharedMailbox.create({ slots: 4, slotBytes: 32 });
    const box = new SharedMailbox(buffer);
    const reader = startReader(buffer, count);
    const sent: string[] = [];
    // The ring holds 4: the writer (like the page) never waits, it retries on the next turn.
    while (sent.length < count) {
      const text = `q.put_nowait(${sent.length})`;
      if (box.send(text)) sent.push(text);
      else await new Promise((r) => setImmediate(r));
    }
    const reply = await reader;
    expect(reply.got).toEqual(sent);
    expect(reply.extra).toBeNull();
  });

  it('wakes a waiting reader at once, not at the end of its slice', async () => {
    const buffer = SharedMailbox.create();
    const box = new SharedMailbox(buffer);
    // A 5 s slice: only a notify can end the wait early.
    const reader = startReader(buffer, 1, 5_000);
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    box.send('q.qsize()');
    const reply = await reader;
    expect(reply.got).toEqual(['q.qsize()']);
    expect(performance.now() - t0).toBeLessThan(4_000);
  });
});
