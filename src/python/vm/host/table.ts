// The thread table of a run: every thread of every process, its state and
// what it waits on, in shared memory. Every state change happens under the
// table mutex, so the number of active threads is exact: the last thread to
// block applies the idle rule itself (jump the clock, or report a deadlock),
// and a waker marks the woken thread active before it can block in turn.

import { decideIdle, type IdleDecision, type IdleThread } from './idle-rule';
import {
  FLAG_DEADLOCK, FLAG_WORK_CLOCK, G_ENDED, G_INTERVAL_US, G_RECURSION_LIMIT, G_MAIN_DONE, G_PPID, G_STATUS, GIL_WORDS, H_ACTIVE, H_PROCS_USED, H_BLOCK_SEQ, H_HOLDS, H_FLAGS, H_HOST_BELL, H_SLOTS_USED, H_STARTING, H_TABLE_LOCK,
  NAME_CHARS, R_NONE, R_SIGNALLED, R_TIMEOUT, S_DAEMON, S_MAIN, S_NAME_LEN, S_ON, S_PROC, S_REASON, S_SINCE,
  S_START_HOLD, S_STATE, S_WAKE, S_WHAT_LEN, SLOT_WORDS, ST_ACTIVE, ST_BLOCKED, ST_DONE, ST_FREE, ST_STARTING, WHAT_CHARS,
  procWaitKey, readText, type RunMemory, writeText,
} from './layout';
import { Mutex } from './mutex';
import { SimClock } from './sim-clock';
import { INPUT_KEY } from './stdin';
import { WorkLanes } from './work-clock';

/** A blocked sleeper looks at the clock again at least this often (real ms); every change also wakes it. */
const LOOK_AGAIN_MS = 500;

/** Thrown in a thread whose process ended under it (a daemon thread at exit) or whose run was stopped. */
export class ThreadKilled extends Error {}

export interface NewThread {
  proc: number;
  name: string;
  daemon: boolean;
  main: boolean;
}

export class ThreadTable {
  readonly clock: SimClock;
  private readonly mutex: Mutex;
  private readonly s: Int32Array;
  private readonly h: Int32Array;
  private holdIdle = false;
  /** Called (under the mutex) when this thread's block made the run deadlock. */
  onDeadlock: (line: string) => void = () => {};
  /** Called each time this worker's blocked thread wakes to look (a pause's locals report, pause-gate.ts); never under the mutex. */
  onLook: (() => void) | null = null;

  /** The work clock's lanes (work-clock.ts), or null on the real clock. */
  readonly work: WorkLanes | null;

  constructor(readonly m: RunMemory, canBlock = true) {
    this.clock = new SimClock(m);
    this.work = (Atomics.load(m.header, H_FLAGS) & FLAG_WORK_CLOCK) !== 0 ? new WorkLanes(m, this) : null;
    this.mutex = new Mutex(m.header, H_TABLE_LOCK, canBlock);
    this.s = m.slots;
    this.h = m.header;
  }

  /** The process's main thread (allocated by the host, not started by another thread). */
  isMain(slot: number): boolean {
    return Atomics.load(this.s, slot * SLOT_WORDS + S_MAIN) === 1;
  }

  lock(): void {
    this.mutex.lock();
  }
  unlock(): void {
    this.mutex.unlock();
  }

  state(slot: number): number {
    return Atomics.load(this.s, slot * SLOT_WORDS + S_STATE);
  }
  word(slot: number, w: number): number {
    return Atomics.load(this.s, slot * SLOT_WORDS + w);
  }
  slotsUsed(): number {
    return Atomics.load(this.h, H_SLOTS_USED);
  }
  name(slot: number): string {
    return readText(this.m.names, slot * NAME_CHARS, this.word(slot, S_NAME_LEN));
  }
  procName(proc: number): string {
    const at = proc * NAME_CHARS;
    let n = 0;
    while (n < NAME_CHARS && this.m.procNames[at + n] !== 0) n++;
    return readText(this.m.procNames, at, n);
  }
  setProcName(proc: number, name: string): void {
    const n = writeText(this.m.procNames, proc * NAME_CHARS, NAME_CHARS - 1, name);
    this.m.procNames[proc * NAME_CHARS + n] = 0;
  }

  /** A new process (multiprocessing's fork): its index (its GIL words), with the parent's switch interval and recursion limit, as fork copies them. */
  allocateProc(name: string, parentProc: number, ppid: number): number {
    const proc = Atomics.add(this.h, H_PROCS_USED, 1) + 1;
    if (proc >= this.m.limits.procs) throw new Error(`can't start new process: more than ${this.m.limits.procs} processes in one run`);
    const g = this.m.gils;
    Atomics.store(g, proc * GIL_WORDS + G_PPID, ppid);
    Atomics.store(g, proc * GIL_WORDS + G_INTERVAL_US, Atomics.load(g, parentProc * GIL_WORDS + G_INTERVAL_US));
    Atomics.store(g, proc * GIL_WORDS + G_RECURSION_LIMIT, Atomics.load(g, parentProc * GIL_WORDS + G_RECURSION_LIMIT));
    this.setProcName(proc, name);
    return proc;
  }

  procWord(proc: number, w: number): number {
    return Atomics.load(this.m.gils, proc * GIL_WORDS + w);
  }

  /** A new thread, STARTING until its worker arrives; its slot (a free one is reused). */
  allocate(t: NewThread): number {
    this.lock();
    try {
      let slot = 0;
      const used = this.slotsUsed();
      while (slot < used && this.state(slot) !== ST_FREE) slot++;
      if (slot >= this.m.limits.threads) throw new Error(`can't start new thread: more than ${this.m.limits.threads} threads at once`);
      if (slot === used) Atomics.store(this.h, H_SLOTS_USED, used + 1);
      const b = slot * SLOT_WORDS;
      this.s.fill(0, b, b + SLOT_WORDS);
      this.s[b + S_PROC] = t.proc;
      this.s[b + S_DAEMON] = t.daemon ? 1 : 0;
      this.s[b + S_MAIN] = t.main ? 1 : 0;
      this.s[b + S_NAME_LEN] = writeText(this.m.names, slot * NAME_CHARS, NAME_CHARS, t.name);
      this.m.deadlines[slot] = Infinity;
      Atomics.store(this.s, b + S_STATE, ST_STARTING);
      Atomics.add(this.h, H_STARTING, 1);
      return slot;
    } finally {
      this.unlock();
    }
  }

  rename(slot: number, name: string): void {
    Atomics.store(this.s, slot * SLOT_WORDS + S_NAME_LEN, writeText(this.m.names, slot * NAME_CHARS, NAME_CHARS, name));
  }

  /** The thread's worker is loaded and about to run its first line. */
  arrive(slot: number): void {
    this.lock();
    try {
      if (this.state(slot) !== ST_STARTING) throw new ThreadKilled();
      Atomics.sub(this.h, H_STARTING, 1);
      Atomics.store(this.s, slot * SLOT_WORDS + S_STATE, ST_ACTIVE);
      this.work?.join(slot, this.clock.global());
      this.addActive(1);
    } finally {
      this.unlock();
    }
  }

  /**
   * Blocks the calling thread until `ready()` (tried under the mutex) holds,
   * a waker signals `key` and `ready()` then holds, or simulated time reaches
   * `deadline` (Infinity: never). True when ready, false on timeout.
   */
  waitUntil(slot: number, key: number, what: string, deadline: number, ready: () => boolean): boolean {
    this.lock();
    try {
      for (;;) {
        if (this.state(slot) === ST_DONE) throw new ThreadKilled();
        if (ready()) return true;
        if (this.clock.now() >= deadline) return false;
        this.blockLocked(slot, key, what, deadline);
        this.unlock();
        let r: number;
        try {
          r = this.sleep(slot);
        } finally {
          this.lock();
        }
        if (r === R_TIMEOUT) return ready();
      }
    } finally {
      this.unlock();
    }
  }

  /** Wakes the longest-waiting thread blocked on `key` (or all of them); how many woke. */
  wakeKey(key: number, all: boolean): number {
    this.lock();
    try {
      let woke = 0;
      for (;;) {
        let best = -1;
        for (let slot = 0, n = this.slotsUsed(); slot < n; slot++) {
          if (this.state(slot) !== ST_BLOCKED || this.word(slot, S_ON) !== key) continue;
          if (best < 0 || this.word(slot, S_SINCE) < this.word(best, S_SINCE)) best = slot;
        }
        if (best < 0) return woke;
        this.wakeLocked(best, R_SIGNALLED);
        woke++;
        if (!all) return woke;
      }
    } finally {
      this.unlock();
    }
  }

  /**
   * The thread finished (or its worker died). When that ends its process
   * (main done, no non-daemon thread left), the daemon threads die with it.
   * Returns whether the process ended; then its parent's join wakes, the
   * main's `status` its exit code.
   */
  /** `beforeEnd`: called under the mutex when this exit ends the process, before its joiners wake (its last write goes first). */
  exit(slot: number, status = 1, beforeEnd?: () => void): boolean {
    this.lock();
    this.holdIdle = true;
    try {
      this.finishLocked(slot);
      const proc = this.word(slot, S_PROC);
      // Killed (kill()): its status is the signal's, and its end was reported already.
      if (Atomics.load(this.m.gils, proc * GIL_WORDS + G_ENDED) === 1) return false;
      const n = this.slotsUsed();
      if (this.word(slot, S_MAIN) === 1) {
        Atomics.store(this.m.gils, proc * GIL_WORDS + G_STATUS, status);
        Atomics.store(this.m.gils, proc * GIL_WORDS + G_MAIN_DONE, 1);
      }
      const mainDone = Atomics.load(this.m.gils, proc * GIL_WORDS + G_MAIN_DONE) === 1;
      let nonDaemonLive = false;
      for (let t = 0; t < n; t++) {
        if (this.word(t, S_PROC) !== proc) continue;
        const st = this.state(t);
        if (st !== ST_DONE && st !== ST_FREE && this.word(t, S_DAEMON) === 0) nonDaemonLive = true;
      }
      const ended = mainDone && !nonDaemonLive;
      if (ended) {
        beforeEnd?.();
        for (let t = 0; t < n; t++) if (this.word(t, S_PROC) === proc) this.finishLocked(t);
        Atomics.store(this.m.gils, proc * GIL_WORDS + G_ENDED, 1);
        const key = procWaitKey(proc);
        for (let t = 0; t < n; t++) if (this.state(t) === ST_BLOCKED && this.word(t, S_ON) === key) this.wakeLocked(t, R_SIGNALLED);
      }
      return ended;
    } finally {
      // The idle rule sees the process after its daemons died, not before.
      this.holdIdle = false;
      if (Atomics.load(this.h, H_ACTIVE) === 0) this.idle();
      this.unlock();
    }
  }

  /**
   * Process `proc` is killed (multiprocessing's terminate()/kill(), SIGTERM or
   * SIGKILL): every thread of it is done at once, wherever it was (a blocked one
   * wakes to ThreadKilled; the host stops the workers), its exit status is
   * `status` and its joiners wake. False when it had ended already.
   */
  kill(proc: number, status: number): boolean {
    const g = this.m.gils;
    const b = proc * GIL_WORDS;
    const slots: number[] = [];
    this.lock();
    this.holdIdle = true;
    try {
      if (Atomics.load(g, b + G_ENDED) === 1) return false;
      const n = this.slotsUsed();
      for (let t = 0; t < n; t++) {
        if (this.word(t, S_PROC) !== proc || this.state(t) === ST_FREE) continue;
        slots.push(t);
        this.finishLocked(t);
      }
      Atomics.store(g, b + G_STATUS, status);
      Atomics.store(g, b + G_MAIN_DONE, 1);
      Atomics.store(g, b + G_ENDED, 1);
      const key = procWaitKey(proc);
      for (let t = 0; t < n; t++) if (this.state(t) === ST_BLOCKED && this.word(t, S_ON) === key) this.wakeLocked(t, R_SIGNALLED);
    } finally {
      this.holdIdle = false;
      if (Atomics.load(this.h, H_ACTIVE) === 0) this.idle();
      this.unlock();
    }
    // A victim that never made its first visible act must not keep the run's clock held.
    for (const t of slots) this.endStartHold(t);
    return true;
  }

  /** The host saw the slot's worker exit: the slot can be reused. */
  free(slot: number): void {
    this.lock();
    try {
      this.finishLocked(slot);
      Atomics.store(this.s, slot * SLOT_WORDS + S_STATE, ST_FREE);
    } finally {
      this.unlock();
    }
  }

  deadlocked(): boolean {
    return (Atomics.load(this.h, H_FLAGS) & FLAG_DEADLOCK) !== 0;
  }

  // ---- under the mutex ----

  private finishLocked(slot: number): void {
    const st = this.state(slot);
    if (st === ST_DONE || st === ST_FREE) return;
    Atomics.store(this.s, slot * SLOT_WORDS + S_STATE, ST_DONE);
    this.bumpWake(slot);
    if (st === ST_STARTING) Atomics.sub(this.h, H_STARTING, 1);
    if (st === ST_ACTIVE) this.addActive(-1);
    else if (Atomics.load(this.h, H_ACTIVE) === 0) this.idle();
  }

  private blockLocked(slot: number, key: number, what: string, deadline: number): void {
    const b = slot * SLOT_WORDS;
    this.s[b + S_ON] = key;
    this.s[b + S_REASON] = R_NONE;
    this.s[b + S_SINCE] = Atomics.add(this.h, H_BLOCK_SEQ, 1);
    this.s[b + S_WHAT_LEN] = writeText(this.m.whats, slot * WHAT_CHARS, WHAT_CHARS, what);
    this.m.deadlines[slot] = deadline;
    Atomics.store(this.s, b + S_STATE, ST_BLOCKED);
    this.addActive(-1);
  }

  private wakeLocked(slot: number, reason: number): void {
    const b = slot * SLOT_WORDS;
    if (this.state(slot) !== ST_BLOCKED) return;
    // The work clock: a lane that stood still goes on from the moment it was woken (its deadline, or the waker's own time).
    this.work?.join(slot, reason === R_TIMEOUT ? (this.m.deadlines[slot] ?? 0) : this.clock.now());
    Atomics.store(this.s, b + S_REASON, reason);
    Atomics.store(this.s, b + S_STATE, ST_ACTIVE);
    this.addActive(1);
    this.bumpWake(slot);
  }

  private bumpWake(slot: number): void {
    Atomics.add(this.s, slot * SLOT_WORDS + S_WAKE, 1);
    Atomics.notify(this.s, slot * SLOT_WORDS + S_WAKE);
  }

  private addActive(d: number): void {
    const before = Atomics.add(this.h, H_ACTIVE, d);
    const after = before + d;
    if (before === 0 && after > 0) {
      if (Atomics.load(this.h, H_HOLDS) === 0) this.run();
    } else if (after === 0) {
      this.clock.stop();
      this.idle();
    }
  }

  private run(): void {
    this.clock.run();
    this.nudgeTimed();
  }

  /**
   * Time that is not the program's (a library import, a thread's worker
   * starting and its bootstrap until `_started.set()`): the clock stands
   * still until every hold is released; threads still run, blocking and
   * the idle rule are unchanged.
   */
  hold(): void {
    this.lock();
    try {
      if (Atomics.add(this.h, H_HOLDS, 1) === 0 && Atomics.load(this.h, H_ACTIVE) > 0) this.clock.stop();
    } finally {
      this.unlock();
    }
  }

  /** The starter's hold (hold()) now belongs to `slot`'s start: endStartHold closes it. */
  openStartHold(slot: number): void {
    Atomics.store(this.s, slot * SLOT_WORDS + S_START_HOLD, 1);
  }

  /**
   * Closes `slot`'s start hold once, whoever comes first: its thread's first
   * act another thread can see, or the host that saw its worker fail to
   * start (else the run's clock would stand still for good). True if it did.
   */
  endStartHold(slot: number): boolean {
    if (Atomics.compareExchange(this.s, slot * SLOT_WORDS + S_START_HOLD, 1, 0) !== 1) return false;
    this.unhold();
    return true;
  }

  unhold(): void {
    this.lock();
    try {
      if (Atomics.load(this.h, H_HOLDS) <= 0) return;
      if (Atomics.sub(this.h, H_HOLDS, 1) === 1 && Atomics.load(this.h, H_ACTIVE) > 0) this.run();
    } finally {
      this.unlock();
    }
  }

  // ---- pause (pause.ts): the host's side, each under the mutex so no thread's transition falls between ----

  /** A pause begins: simulated time stands still from now, whatever runs or jumps (SimClock reads H_PAUSE). */
  freeze(begin: () => void): void {
    this.lock();
    try {
      begin();
      this.clock.stop();
    } finally {
      this.unlock();
    }
  }

  /** The pause ended (`end` clears H_PAUSE): time runs again as the threads' states say, a jump goes on from now. */
  thaw(end: () => void): void {
    this.lock();
    try {
      end();
      if (Atomics.load(this.h, H_ACTIVE) > 0) {
        if (Atomics.load(this.h, H_HOLDS) === 0) this.run();
      } else this.idle();
    } finally {
      this.unlock();
    }
  }

  /** The page's new speed: the next jump, and one under way (re-decided from now), go at it. */
  setSpeed(speed: number): void {
    this.lock();
    try {
      this.clock.setSpeed(speed);
      if (Atomics.load(this.h, H_ACTIVE) === 0 && !this.clock.paused()) this.idle();
    } finally {
      this.unlock();
    }
  }

  /** `test(slot, state)` holds for every slot in use, with no thread's state changing meanwhile. */
  everySlot(test: (slot: number, state: number) => boolean): boolean {
    this.lock();
    try {
      for (let t = 0, n = this.slotsUsed(); t < n; t++) if (!test(t, this.state(t))) return false;
      return true;
    } finally {
      this.unlock();
    }
  }

  /** Every blocked thread wakes to look (onLook) and, finding nothing changed, blocks on. */
  nudgeBlocked(): void {
    this.lock();
    try {
      for (let t = 0, n = this.slotsUsed(); t < n; t++) if (this.state(t) === ST_BLOCKED) this.bumpWake(t);
    } finally {
      this.unlock();
    }
  }

  /** Under the mutex (the work clock moved the run's time on to `t`): every sleeper whose deadline passed wakes. */
  wakeDueLocked(t: number): void {
    for (let slot = 0, n = this.slotsUsed(); slot < n; slot++) {
      if (this.state(slot) === ST_BLOCKED && (this.m.deadlines[slot] ?? Infinity) <= t) this.wakeLocked(slot, R_TIMEOUT);
    }
  }

  /** Timed sleepers computed their waits under another pace: let them look again. */
  private nudgeTimed(): void {
    for (let t = 0, n = this.slotsUsed(); t < n; t++) {
      if (this.state(t) === ST_BLOCKED && this.m.deadlines[t] !== Infinity) this.bumpWake(t);
    }
  }

  private idleView(): IdleThread[] {
    const out: IdleThread[] = [];
    for (let t = 0, n = this.slotsUsed(); t < n; t++) {
      const st = this.state(t);
      if (st !== ST_STARTING && st !== ST_BLOCKED) continue;
      const d = this.m.deadlines[t] ?? Infinity;
      out.push({
        name: this.name(t),
        proc: this.procName(this.word(t, S_PROC)),
        state: st === ST_STARTING ? 'starting' : 'blocked',
        deadline: st === ST_BLOCKED && d !== Infinity ? d : null,
        what: readText(this.m.whats, t * WHAT_CHARS, this.word(t, S_WHAT_LEN)),
        input: st === ST_BLOCKED && this.word(t, S_ON) === INPUT_KEY,
      });
    }
    return out;
  }

  /** No thread is active: the idle rule. */
  private idle(): void {
    if (this.holdIdle) return;
    const view = this.idleView();
    const d: IdleDecision = decideIdle(view, new Set(view.map((t) => t.proc)).size > 1);
    if (d.kind === 'jump') {
      this.clock.jump(d.to);
      if (this.clock.global() >= d.to) {
        for (let t = 0, n = this.slotsUsed(); t < n; t++) {
          if (this.state(t) === ST_BLOCKED && (this.m.deadlines[t] ?? Infinity) <= d.to) this.wakeLocked(t, R_TIMEOUT);
        }
      } else this.nudgeTimed();
    } else if (d.kind === 'input') {
      // Someone waits at the keyboard with nothing else due: time passes as it does for them (the one-worker World's
      // waitForInput), unless time that is not the program's is open (a hold: main's start-up on main, an import).
      if (Atomics.load(this.h, H_HOLDS) === 0) this.clock.run();
    } else if (d.kind === 'deadlock' && !this.deadlocked()) {
      Atomics.or(this.h, H_FLAGS, FLAG_DEADLOCK);
      this.onDeadlock(d.line);
      this.ringHost();
    }
  }

  ringHost(): void {
    Atomics.add(this.h, H_HOST_BELL, 1);
    Atomics.notify(this.h, H_HOST_BELL);
  }

  /** Sleeps until woken or the deadline passes (then wakes itself); the reason. */
  private sleep(slot: number): number {
    const b = slot * SLOT_WORDS;
    for (;;) {
      const seen = Atomics.load(this.s, b + S_WAKE);
      this.onLook?.();
      const r = Atomics.load(this.s, b + S_REASON);
      if (r !== R_NONE) return r;
      if (this.state(slot) === ST_DONE) throw new ThreadKilled();
      const deadline = this.m.deadlines[slot] ?? Infinity;
      const ms = deadline === Infinity ? Infinity : this.clock.realMsUntil(deadline);
      if (ms <= 0) {
        this.lock();
        try {
          if (this.state(slot) === ST_BLOCKED) this.wakeLocked(slot, R_TIMEOUT);
        } finally {
          this.unlock();
        }
        continue;
      }
      Atomics.wait(this.s, b + S_WAKE, seen, Math.min(ms, LOOK_AGAIN_MS));
    }
  }
}
