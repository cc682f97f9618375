/**
 * Pause, step and speed of a live run on real workers (host/pause.ts,
 * host/pause-gate.ts): one Node worker_thread per Python thread. A pause
 * stands every thread and the shared clock; resuming gives CPython 3.12's
 * output (run here on the same programs: lines compared sorted where the
 * threads' order is the scheduler's); a step moves the run by its next
 * events and stands again; Reset while paused ends every worker.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSpawn } from '../host/spawn.node';
import { ThreadHost, type SpawnWorker } from '../host/host';
import { H_EVENT_SEQ, H_PAUSE, S_PAUSE_STOP, ST_ACTIVE } from '../host/layout';
import type { MainPayload } from '../worker-mode';
import type { VmEvent } from '../events';

const entry = new URL('./py-thread.node.ts', import.meta.url).href;
const PY = `${homedir()}/.pyenv/versions/3.12.1/bin/python3`;
/** Workers start in 0.3–2.5 s each on the loaded box. */
const TEST_MS = 120_000;

function cpython(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pause-'));
  const file = join(dir, 'main.py');
  writeFileSync(file, source);
  return execFileSync(PY, [file], { encoding: 'utf8' });
}

const sorted = (text: string): string[] => text.trimEnd().split('\n').sort();

interface Live {
  host: ThreadHost;
  events: VmEvent[];
  stdout: () => string;
  /** Resolves once `test` holds for some event (checked as batches arrive). */
  seen(test: (e: VmEvent) => boolean): Promise<void>;
  /** Workers whose `exit` came (terminated or finished). */
  exited: () => number;
  spawned: () => number;
}

function start(source: string, speed = Infinity): Live {
  let out = '';
  const events: VmEvent[] = [];
  const waiting: { test: (e: VmEvent) => boolean; done: () => void }[] = [];
  let spawned = 0;
  let exited = 0;
  const spawn: SpawnWorker = (init, on) => {
    spawned++;
    return nodeSpawn(init, { ...on, exit: () => { exited++; on.exit(); } });
  };
  const host = new ThreadHost({
    spawn,
    speed,
    write: (fd, text) => {
      if (fd === 1) out += text;
    },
    onEvents: (batch) => {
      events.push(...batch);
      for (const w of waiting.splice(0)) {
        if (batch.some(w.test)) w.done();
        else waiting.push(w);
      }
    },
  });
  const payload: MainPayload = { kind: 'main', source, path: 'main.py', argv: ['main.py'] };
  void host.run(entry, payload);
  return {
    host,
    events,
    stdout: () => out,
    seen: (test) => (events.some(test) ? Promise.resolve() : new Promise((done) => waiting.push({ test, done }))),
    exited: () => exited,
    spawned: () => spawned,
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every thread that is active stands in pause `epoch`'s safe point (blocked, starting and done ones do not run anyway). */
function allStand(host: ThreadHost): boolean {
  const t = host.table;
  for (let i = 0; i < t.slotsUsed(); i++) if (t.state(i) === ST_ACTIVE && t.word(i, S_PAUSE_STOP) === 0) return false;
  return true;
}

async function settledPause(host: ThreadHost): Promise<number> {
  const t = await host.pause.settled(host.pause.pause());
  if (t === null) throw new Error(`the pause did not settle:\n${host.describe()}`);
  return t;
}

/** While standing `ms` real ms: neither the clock nor the event count moves. */
async function standsStill(live: Live, at: number, ms: number): Promise<void> {
  const h = live.host.memory.header;
  const seq = Atomics.load(h, H_EVENT_SEQ);
  const n = live.events.length;
  await sleep(ms);
  expect(live.host.table.clock.now()).toBe(at);
  expect(Atomics.load(h, H_EVENT_SEQ)).toBe(seq);
  expect(live.events.length).toBe(n);
  expect(allStand(live.host)).toBe(true);
}

// Two threads count under a lock and tick as they go; the main joins them. Busy the whole time: a pause finds them running.
const COUNTERS = `import sys, threading
lock = threading.Lock()
total = 0
def work(name, n):
    global total
    mine = 0
    for i in range(n):
        with lock:
            total += 1
        mine += 1
        if i % 500 == 0:
            sys.stdout.write(f'{name} tick {i}\\n')
    sys.stdout.write(f'{name} done {mine}\\n')
ts = [threading.Thread(target=work, args=(name, 3000)) for name in ('a', 'b')]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total', total)
`;

// Two sleepers: while paused mid-sleep, a jump must not carry the clock to their deadlines.
const SLEEPERS = `import sys, threading, time
def nap(k):
    time.sleep(1)
    sys.stdout.write(f'woke {k}\\n')
ts = [threading.Thread(target=nap, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('slept')
`;

// A thread blocked on a lock the main holds across a sleep: it stays blocked through a pause.
const BLOCKED = `import threading, time
lock = threading.Lock()
lock.acquire()
got = []
def take():
    with lock:
        got.append('taken')
    print('took it')
t = threading.Thread(target=take)
t.start()
time.sleep(0.5)
lock.release()
t.join()
print(got)
`;

describe.runIf(existsSync(PY))('pause on workers', () => {
  it('pause stands every thread and the clock; resume gives CPython’s output', async () => {
    const live = start(COUNTERS);
    await live.seen((e) => e.kind === 'write' && / tick 500/.test(e.text));
    const at = await settledPause(live.host);
    expect(Atomics.load(live.host.memory.header, H_PAUSE)).toBe(1);
    await standsStill(live, at, 700);
    // Paused again after a resume: the run moves between, then stands again.
    live.host.pause.resume();
    await sleep(50);
    const at2 = await settledPause(live.host);
    expect(at2).toBeGreaterThanOrEqual(at);
    await standsStill(live, at2, 300);
    live.host.pause.resume();
    const r = await live.host.result;
    expect(r.status).toBe(0);
    expect(sorted(live.stdout())).toEqual(sorted(cpython(COUNTERS)));
    expect(live.stdout().trimEnd().split('\n').at(-1)).toBe('total 6000');
  }, TEST_MS);

  it('paused mid-sleep at speed 2, the jump stands too: nobody wakes, the run ends as CPython’s with no paused time in it', async () => {
    const live = start(SLEEPERS, 2);
    const sleeping = (): number => live.events.filter((e) => e.kind === 'wait-start' && e.sleep).length;
    await live.seen(() => sleeping() >= 2);
    const at = await settledPause(live.host);
    // At speed 2 the 1 s sleeps would end within 0.5 real s: 900 ms paused wakes nobody.
    await standsStill(live, at, 900);
    expect(live.events.some((e) => e.kind === 'write' && e.text.startsWith('woke'))).toBe(false);
    live.host.pause.resume();
    expect((await live.host.result).status).toBe(0);
    expect(sorted(live.stdout())).toEqual(sorted(cpython(SLEEPERS)));
    // The sleeps end where they would have without the pause (simulated time): 900 ms at speed 2 would add 1.8 s.
    const woke = live.events.filter((e) => e.kind === 'write' && e.text.startsWith('woke')).map((e) => e.t);
    for (const t of woke) expect(t).toBeLessThan(1.6);
  }, TEST_MS);

  it('a thread blocked on a lock stays blocked while paused, then takes it as in CPython', async () => {
    const live = start(BLOCKED, 1);
    // The started thread's own wait for the lock (MainThread's start() waits on a lock too, while the clock is held).
    const main = (): number | undefined => live.events.find((e) => e.kind === 'thread-start')?.ident;
    await live.seen((e) => e.kind === 'wait-start' && e.lock >= 0 && !e.sleep && e.ident !== main());
    // The main thread sleeps its 0.5 s meanwhile (speed 1): the pause finds it blocked and the clock jumping.
    await live.seen((e) => e.kind === 'wait-start' && e.sleep);
    const at = await settledPause(live.host);
    await standsStill(live, at, 800);
    expect(live.stdout()).toBe('');
    live.host.pause.resume();
    expect((await live.host.result).status).toBe(0);
    expect(live.stdout()).toBe(cpython(BLOCKED));
  }, TEST_MS);

  it('step moves the run by its next events and stands again; the steps add up to CPython’s output', async () => {
    const live = start(COUNTERS);
    await live.seen((e) => e.kind === 'write' && / tick 500/.test(e.text));
    let at = await settledPause(live.host);
    const h = live.host.memory.header;
    for (let i = 0; i < 5; i++) {
      const before = Atomics.load(h, H_EVENT_SEQ);
      live.host.pause.step(1);
      const t = await live.host.pause.settled();
      if (t === null) throw new Error(`step ${i} did not stand:\n${live.host.describe()}`);
      expect(Atomics.load(h, H_EVENT_SEQ)).toBeGreaterThan(before);
      expect(t).toBeGreaterThanOrEqual(at);
      at = t;
      await standsStill(live, t, 150);
    }
    live.host.pause.resume();
    expect((await live.host.result).status).toBe(0);
    expect(sorted(live.stdout())).toEqual(sorted(cpython(COUNTERS)));
  }, TEST_MS);

  it('a new speed reaches a jump under way: a 1000 s sleep at speed 1 ends at once at speed max, as CPython prints', async () => {
    const src = "import threading, time\ndef nap():\n    time.sleep(1000)\n    print('woke')\nt = threading.Thread(target=nap)\nt.start()\nt.join()\nprint('done')\n";
    const live = start(src, 1);
    await live.seen((e) => e.kind === 'wait-start' && e.sleep);
    await sleep(200);
    expect(live.host.table.clock.now()).toBeLessThan(100);
    live.host.pause.setSpeed(Infinity);
    expect((await live.host.result).status).toBe(0);
    expect(live.stdout()).toBe('woke\ndone\n');
    expect(live.events.find((e) => e.kind === 'write' && e.text === 'woke\n')?.t ?? 0).toBeGreaterThanOrEqual(1000);
  }, TEST_MS);

  it('Reset while paused ends every worker', async () => {
    const live = start(COUNTERS);
    await live.seen((e) => e.kind === 'write' && / tick 500/.test(e.text));
    await settledPause(live.host);
    live.host.terminate();
    expect((await live.host.result).status).toBe(-1);
    for (let i = 0; i < 100 && live.exited() < live.spawned(); i++) await sleep(100);
    expect(live.exited()).toBe(live.spawned());
    expect(live.spawned()).toBe(3);
  }, TEST_MS);
});
