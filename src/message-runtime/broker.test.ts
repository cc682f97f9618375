/**
 * The broker's Python primitives, driven call by call with fake timers: a
 * reply not yet sent is a thread still blocked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventKind, ThreadState } from '../runtime/events';
import { Broker, type BrokerSpec } from './broker';
import type { Call, Reply } from './protocol';

function harness(over: Partial<BrokerSpec> = {}, workers = 3) {
  const spec: BrokerSpec = {
    threads: Array.from({ length: workers }, (_, i) => ({ name: `Thread-${i + 1}`, target: 't', process: 0, pid: 1 })),
    globalNames: ['n'],
    globalsByProcess: [[0]],
    lockNames: ['lock'],
    queues: [{ name: 'q', maxsize: 0, kind: 'thread' }],
    speed: 1,
    ...over,
  };
  const replies = new Map<number, Reply>();
  const broker = new Broker(spec, (_w, id, reply) => replies.set(id, reply), () => Date.now());
  let nextId = 0;
  /** Sends a call; the result reads its reply (undefined while the thread is blocked). */
  const call = (worker: number, c: Call) => {
    const id = ++nextId;
    broker.receive(worker, id, c);
    return () => replies.get(id);
  };
  for (let w = 0; w < workers; w++) call(w, { op: 'start' });
  broker.clock.resume();
  return { broker, call };
}

const acquire = (timeout = -1, blocking = true): Call => ({ op: 'acquire', lock: 'lock', line: 5, blocking, timeout });
const release: Call = { op: 'release', lock: 'lock', line: 9 };
const put = (item: string | number, block = true, timeout: number | null = null): Call => ({ op: 'put', queue: 'q', item, line: 3, block, timeout });
const get = (block = true, timeout: number | null = null): Call => ({ op: 'get', queue: 'q', line: 4, block, timeout });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('broker Lock', () => {
  it('hands the lock to its waiters first come first served', () => {
    const { broker, call } = harness();
    expect(call(0, acquire())()).toEqual({ ok: true, value: true });
    const second = call(2, acquire());
    const third = call(1, acquire());
    expect(second()).toBeUndefined();
    expect(third()).toBeUndefined();
    expect(call(0, release)()).toEqual({ ok: true, value: null });
    expect(second()).toEqual({ ok: true, value: true });
    expect(third()).toBeUndefined();
    call(2, release);
    expect(third()).toEqual({ ok: true, value: true });
    const acquiredBy = broker.drain().filter((e) => e.kind === EventKind.Acquired).map((e) => e.worker);
    expect(acquiredBy).toEqual([0, 2, 1]);
  });

  it('a non-blocking acquire of a held lock returns False at once', () => {
    const { call } = harness();
    call(0, acquire());
    expect(call(1, acquire(-1, false))()).toEqual({ ok: true, value: false });
  });

  it('acquire(timeout=2) gives up after 2 simulated seconds', () => {
    // Time moves only while a thread computes, or by jumps once every thread waits.
    const { broker, call } = harness({}, 2);
    call(0, acquire());
    const holderSleeps = call(0, { op: 'sleep', seconds: 3, line: 6 });
    const waiting = call(1, acquire(2));
    expect(broker.deadlock()).toBeNull(); // a timed wait can end by itself
    expect(broker.keepTime()).toBeNull(); // both wait: time jumps to the timeout, played at 1x
    vi.advanceTimersByTime(1990);
    expect(waiting()).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(waiting()).toEqual({ ok: true, value: false });
    expect(broker.clock.now()).toBeCloseTo(2, 2);
    const tryAgain = call(1, { op: 'sleep', seconds: 5, line: 7 });
    broker.keepTime();
    vi.advanceTimersByTime(1000);
    expect(holderSleeps()).toEqual({ ok: true, value: null });
    expect(tryAgain()).toBeUndefined();
    // It left the queue: the next release frees the lock instead of handing it over.
    call(0, release);
    expect(call(0, acquire(-1, false))()).toEqual({ ok: true, value: true });
  });

  it('releasing an unlocked lock raises RuntimeError', () => {
    const { call } = harness();
    expect(call(0, release)()).toEqual({
      ok: false,
      error: { pyType: 'RuntimeError', pyMessage: 'release unlocked lock', line: 9 },
    });
  });

  it('rejects a timeout on a non-blocking acquire, as Python does', () => {
    const { call } = harness();
    const r = call(0, acquire(1, false))();
    expect(r).toMatchObject({ ok: false, error: { pyType: 'ValueError', pyMessage: "can't specify a timeout for a non-blocking call" } });
  });

  it('a thread waiting forever on a lock whose holder has ended is a deadlock', () => {
    const { broker, call } = harness({}, 2);
    call(0, acquire());
    call(0, { op: 'finish' });
    expect(broker.deadlock()).toBeNull(); // worker 1 still runs
    call(1, acquire());
    expect(broker.deadlock()).toEqual([{ worker: 1, kind: 'lock', lock: 0, holder: 0 }]);
  });
});

describe('broker Queue', () => {
  it('is first in, first out, with each op in the queue order', () => {
    const { broker, call } = harness();
    for (const item of ['a', 'b', 3]) call(0, put(item));
    expect([call(1, get())(), call(1, get())(), call(1, get())()]).toEqual([
      { ok: true, value: 'a' },
      { ok: true, value: 'b' },
      { ok: true, value: 3 },
    ]);
    const gets = broker.drain().filter((e) => e.kind === EventKind.QueueGet);
    expect(gets.map((e) => [e.text, e.b])).toEqual([['a', 2], ['b', 1], ['3', 0]]);
  });

  it('a full queue raises queue.Full without blocking, and after its timeout', () => {
    const { broker, call } = harness({ queues: [{ name: 'q', maxsize: 1, kind: 'thread' }] }, 1);
    call(0, put('a'));
    expect(call(0, put('b', false))()).toEqual({ ok: false, error: { pyType: 'queue.Full', pyMessage: '', line: 3 } });
    const timed = call(0, put('b', true, 1));
    broker.keepTime();
    expect(broker.queueViews()[0]).toMatchObject({ items: ['a'], putters: 1 });
    vi.advanceTimersByTime(990);
    expect(timed()).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(timed()).toEqual({ ok: false, error: { pyType: 'queue.Full', pyMessage: '', line: 3 } });
    expect(broker.queueViews()[0]).toMatchObject({ items: ['a'], putters: 0 });
  });

  it('an empty queue raises _queue.Empty without blocking, and after its timeout', () => {
    const { broker, call } = harness({}, 1);
    expect(call(0, get(false))()).toEqual({ ok: false, error: { pyType: '_queue.Empty', pyMessage: '', line: 4 } });
    const timed = call(0, get(true, 0.5));
    broker.keepTime();
    vi.advanceTimersByTime(490);
    expect(timed()).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(timed()).toEqual({ ok: false, error: { pyType: '_queue.Empty', pyMessage: '', line: 4 } });
  });

  it('a blocked put goes in when a get makes room; a blocked get takes the next put', () => {
    const { broker, call } = harness({ queues: [{ name: 'q', maxsize: 1, kind: 'thread' }] });
    call(0, put('a'));
    const blockedPut = call(1, put('b'));
    expect(blockedPut()).toBeUndefined();
    expect(call(2, get())()).toEqual({ ok: true, value: 'a' });
    expect(blockedPut()).toEqual({ ok: true, value: null });
    expect(broker.queueViews()[0]?.items).toEqual(['b']);
    call(2, get());
    const blockedGet = call(2, get());
    expect(blockedGet()).toBeUndefined();
    call(0, put('c'));
    expect(blockedGet()).toEqual({ ok: true, value: 'c' });
  });

  it('task_done too often raises ValueError; join waits for the last task_done', () => {
    const { call } = harness();
    expect(call(0, { op: 'taskDone', queue: 'q', line: 7 })()).toMatchObject({
      ok: false,
      error: { pyType: 'ValueError', pyMessage: 'task_done() called too many times' },
    });
    call(0, put('x'));
    const joined = call(1, { op: 'join', queue: 'q', line: 8 });
    call(0, get());
    expect(joined()).toBeUndefined();
    call(0, { op: 'taskDone', queue: 'q', line: 7 });
    expect(joined()).toEqual({ ok: true, value: null });
  });

  it('every live thread blocked forever on a queue is a deadlock', () => {
    const { broker, call } = harness({}, 2);
    call(0, get());
    call(1, get());
    expect(broker.deadlock()).toEqual([
      { worker: 0, kind: 'queue', lock: 0, holder: -1 },
      { worker: 1, kind: 'queue', lock: 0, holder: -1 },
    ]);
  });
});

describe('broker clock', () => {
  it('pause holds a sleep: simulated time stands still until resume', () => {
    const { broker, call } = harness({ speed: 1 }, 1);
    const slept = call(0, { op: 'sleep', seconds: 1, line: 2 });
    broker.keepTime();
    vi.advanceTimersByTime(500);
    broker.clock.pause();
    const paused = broker.clock.now();
    vi.advanceTimersByTime(5000);
    expect(slept()).toBeUndefined();
    expect(broker.clock.now()).toBe(paused);
    broker.clock.resume();
    vi.advanceTimersByTime(490);
    expect(slept()).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(slept()).toEqual({ ok: true, value: null });
    const states = broker.drain().filter((e) => e.kind === EventKind.State && e.worker === 0).map((e) => e.a);
    expect(states.slice(-2)).toEqual([ThreadState.Sleeping, ThreadState.Running]);
  });

  it('a call made while paused waits for resume (every call is a checkpoint)', () => {
    const { broker, call } = harness();
    broker.clock.pause();
    const line = call(0, { op: 'line', line: 4 });
    vi.advanceTimersByTime(1000);
    expect(line()).toBeUndefined();
    broker.clock.resume();
    expect(line()).toEqual({ ok: true, value: null });
  });

  it('a speed change reshapes the rest of a sleep', () => {
    const { broker, call } = harness({ speed: 1 }, 1);
    const slept = call(0, { op: 'sleep', seconds: 10, line: 2 });
    broker.keepTime(); // the only thread sleeps: time jumps, played at 1x
    vi.advanceTimersByTime(1000);
    broker.clock.setSpeed(10); // 9 simulated seconds left: 900 ms
    vi.advanceTimersByTime(890);
    expect(slept()).toBeUndefined();
    vi.advanceTimersByTime(20);
    expect(slept()).toEqual({ ok: true, value: null });
  });

  it('stopping answers every waiting thread with "stopped"', () => {
    const { broker, call } = harness();
    const slept = call(0, { op: 'sleep', seconds: 10, line: 2 });
    broker.clock.stop();
    expect(slept()).toEqual({ ok: false, stopped: true });
  });
});

describe('broker GIL', () => {
  it('one thread of a process computes at a time; the switch check and a sleep hand it over', () => {
    // The compute calls answer with the watching speed (1 here), for slow motion in the worker.
    const { broker, call } = harness({ gil: true }, 2);
    expect(call(0, { op: 'computeBegin', line: 3 })()).toEqual({ ok: true, value: 1 });
    const second = call(1, { op: 'computeBegin', line: 3 });
    expect(second()).toBeUndefined();
    const tick = call(0, { op: 'computeTick' });
    expect(second()).toEqual({ ok: true, value: 1 });
    expect(tick()).toBeUndefined(); // queued behind thread 1
    call(1, { op: 'sleep', seconds: 1, line: 4 }); // time.sleep drops the GIL
    expect(tick()).toEqual({ ok: true, value: 1 });
    const gil = broker.drain().filter((e) => e.kind === EventKind.Acquired && e.text === 'GIL').map((e) => e.worker);
    expect(gil).toEqual([0, 1, 0]);
  });
});
