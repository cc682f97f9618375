// The layout of one run's control memory: a single SharedArrayBuffer shared by
// every worker of every process of the run (clock, thread table, one GIL per
// process, the lock table). Made once by the host, attached by each worker.

/** Int32 words of the header. */
export const H_TABLE_LOCK = 0;
/** Threads that run or want the GIL (state ACTIVE): simulated time runs while this is above 0. */
export const H_ACTIVE = 1;
/** Threads whose worker is still starting: the clock stands still, but the run is not idle. */
export const H_STARTING = 2;
/** Global order of writes to stdout/stderr (the host prints them in this order). */
export const H_WRITE_SEQ = 3;
export const H_FLAGS = 4;
export const H_CLOCK_SEQ = 5;
export const H_SLOTS_USED = 6;
export const H_LOCKS_USED = 7;
export const H_MAX_THREADS = 8;
export const H_MAX_LOCKS = 9;
export const H_MAX_PROCS = 10;
/** Bumped (and notified) whenever the host should look: a deadlock, a process ended. */
export const H_HOST_BELL = 11;
export const H_BLOCK_SEQ = 12;
/** Global order of VmEvents (event-sink.ts stamps each; event-merge.ts delivers in it). */
export const H_EVENT_SEQ = 13;
/** Run-wide ids of reported calls (`call`/`return` events pair by it). */
export const H_CALL_SEQ = 14;
/** Step mode: bumped (and notified) whenever a thread parks at its step gate (step-gate.ts). */
export const H_STEP_BELL = 15;
/** Open clock holds (a library import, a thread being started): while any is open, simulated time stands still. */
export const H_HOLDS = 16;
/** Processes allocated so far beyond MainProcess (proc 0): the next child's index is this + 1. */
export const H_PROCS_USED = 17;
/** multiprocessing channels (Queue) made so far (channels.ts). */
export const H_CHANNELS_USED = 18;
/** Pause (pause.ts): 1 while the page asked the run to stand still; every thread stops at its next safe point. */
export const H_PAUSE = 19;
/** Bumped as each pause begins (before H_PAUSE turns 1): a thread's stop and locals report name the pause they belong to. */
export const H_PAUSE_EPOCH = 20;
/** A live step's budget: events still to come before the run pauses again (0: not stepping). */
export const H_STEP_EVENTS = 21;
/** The pause whose locals the host asks for (every thread stands by then): threads report them once per pause. */
export const H_REPORT = 22;
/** Bumped (and notified) when a thread stops or reports for a pause, or a step's budget ran out: the host looks again. */
export const H_PAUSE_BELL = 23;
/** Cells of multiprocessing's shared values (Value, Array, the counters of Event, JoinableQueue) used so far (shared-values.ts). */
export const H_VALUES_USED = 24;
/** The work clock (FLAG_WORK_CLOCK): virtual cores the processes' GIL holders share (cores.ts). */
export const H_CORES = 25;
/** The work clock: bumped (and notified) when the run's time moved on; a lane waiting for the others looks again. */
export const H_WORK_BELL = 26;
const HEADER_WORDS = 27;

/** 8-byte cells for a run's shared values: each value is 2 cells of header (length, typecode) and one per item. */
export const VALUE_CELLS = 1 << 14;

/** multiprocessing channels of a run: each a ring of CHANNEL_BYTES in shared memory (channels.ts). */
export const CHANNELS = 64;
export const CHANNEL_BYTES = 64 * 1024;
/** Per-channel words: its mutex, the ring's read and write offsets (byte counts, never wrapped), items, maxsize, puts and gets so far. */
export const CH_LOCK = 0;
export const CH_READ = 1;
export const CH_WRITE = 2;
export const CH_ITEMS = 3;
export const CH_MAXSIZE = 4;
export const CH_PUTS = 5;
export const CH_GETS = 6;
export const CH_WORDS = 8;

export const FLAG_FREE_THREADED = 1;
export const FLAG_DEADLOCK = 2;
export const FLAG_STOPPED = 4;
/** The host listens for VmEvents: workers' Worlds emit them (event-sink.ts). */
export const FLAG_EVENTS = 8;
/** Step mode (issue 12): every thread parks at its step gate before each step; the clock moves only by jumps. */
export const FLAG_STEP = 16;
/** With FLAG_STEP: a step is one instruction (else one line). */
export const FLAG_STEP_BYTECODE = 32;
/** Time made of work (work-clock.ts): each eval-breaker check costs WORK_SECONDS of its lane's time; nothing real moves it. */
export const FLAG_WORK_CLOCK = 64;
/** Workers report who holds each process's GIL ('gil' events, as the one-worker VM's gilEvents). */
export const FLAG_GIL_EVENTS = 128;

/** Float64 clock fields (a pace: sim = min(knee, simBase + rate·(real − realBase)/1000)). */
export const C_SIM_BASE = 0;
export const C_REAL_BASE = 1;
export const C_RATE = 2;
export const C_KNEE = 3;
export const C_SPEED = 4;
const CLOCK_DOUBLES = 8;

/** Per-process GIL words (see gil.ts). */
export const G_LOCKED = 0;
export const G_HOLDER = 1;
/** The eval breaker: non-zero asks the holder to drop the GIL at its next check (gil_drop_request). */
export const G_DROP_REQUEST = 2;
export const G_SWITCHES = 3;
export const G_INTERVAL_US = 4;
export const G_WAITERS = 5;
/** Statistics: forced hand-overs so far. */
export const G_FORCED = 6;
/** 1 once the process's main thread has finished (its slot may be freed and reused later). */
export const G_MAIN_DONE = 7;
/** 1 once the process has ended (main done, no non-daemon thread left): its parent's join returns. */
export const G_ENDED = 8;
/** The exit status of the process's main thread (multiprocessing's exitcode). */
export const G_STATUS = 9;
/** The parent's pid (os.getppid in the child). */
export const G_PPID = 10;
/** sys.setrecursionlimit: one per process as in CPython (0 before any call: the default 1000). */
export const G_RECURSION_LIMIT = 11;
export const GIL_WORDS = 12;

/** The pid of process `proc`: MainProcess is the first pid a World gives (4243), children follow in the order they start. */
export const PID_BASE = 4243;
export function pidOfProc(proc: number): number {
  return PID_BASE + proc;
}
/** The wait key of a parent joining process `proc` (negative keys are the callers' own; channels use small ones). */
export function procWaitKey(proc: number): number {
  return -(1 << 24) - proc;
}

/** Per-thread slot words. */
export const S_STATE = 0;
export const S_PROC = 1;
/** Futex word the thread sleeps on; a waker bumps it after setting S_REASON. */
export const S_WAKE = 2;
export const S_REASON = 3;
/** The key of what the thread is blocked on (0: nothing but its deadline, e.g. sleep). */
export const S_ON = 4;
export const S_DAEMON = 5;
export const S_NAME_LEN = 6;
export const S_WHAT_LEN = 7;
/** 1 for the main thread of its process. */
export const S_MAIN = 8;
/** When the thread blocked (H_BLOCK_SEQ): waiters are woken first come, first served. */
export const S_SINCE = 9;
/** 1 while the starter's clock hold for this thread is open (ThreadTable.endStartHold closes it once). */
export const S_START_HOLD = 10;
/** The pause (H_PAUSE_EPOCH) this thread stands in at a safe point, or 0 while it runs (pause-gate.ts). */
export const S_PAUSE_STOP = 11;
/** The last pause whose locals this thread reported. */
export const S_PAUSE_REPORT = 12;
export const SLOT_WORDS = 14;

/** Per-thread step gate words (step-gate.ts). */
export const P_STATE = 0;
export const P_LINE = 1;
/** Byte offset of the instruction the thread stopped before, as `dis` prints it. */
export const P_OFFSET = 2;
/** 1 when the thread may hand the GIL over here (a switch point since its step began, or a block). */
export const P_SWITCHABLE = 3;
/** Parks so far (a host that granted a step waits for this to change). */
export const P_PARKS = 4;
/** Lock handle + 1 a parked thread waits to take when its step begins (0: none): it may move only while that lock is free. */
export const P_WANTS = 5;
/** 1 while a parked thread was woken in a wait it must look at again (a channel's get): the host lets such threads look one by one. */
export const P_POLL = 6;
/** 1 while a parked thread stands where its wait ended by its deadline (a sleep, a timeout): the one-worker stepper still shows it in that wait until its step. */
export const P_SLEPT = 7;
export const STEP_WORDS = 8;
/** The thread runs (never stepped yet, or granted a step). */
export const PS_RUNNING = 0;
export const PS_PARKED = 1;

export const ST_FREE = 0;
export const ST_STARTING = 1;
/** Runs bytecode or waits for the GIL. */
export const ST_ACTIVE = 2;
export const ST_BLOCKED = 3;
export const ST_DONE = 4;

export const R_NONE = 0;
export const R_SIGNALLED = 1;
export const R_TIMEOUT = 2;

export const NAME_CHARS = 64;
export const WHAT_CHARS = 128;

/** Lock table words (see waits.ts). */
export const L_STATE = 0;
export const L_WAITERS = 1;
/** The process the lock belongs to: a child's copy of a parent's lock becomes a lock of its own when first met (worker-start.ts). */
export const L_PROC = 2;
export const LOCK_WORDS = 3;

export interface Limits {
  threads: number;
  locks: number;
  procs: number;
}

export const DEFAULT_LIMITS: Limits = { threads: 256, locks: 1 << 15, procs: 32 };

/** Typed views of the run's control memory, at the same offsets in every worker. */
export interface RunMemory {
  buffer: SharedArrayBuffer;
  header: Int32Array;
  clock: Float64Array;
  deadlines: Float64Array;
  /** The work clock's lane times (work-clock.ts): a process's (with the GIL) or a thread's (free-threaded), by lane index. */
  lanes: Float64Array;
  gils: Int32Array;
  slots: Int32Array;
  names: Uint16Array;
  whats: Uint16Array;
  procNames: Uint16Array;
  locks: Int32Array;
  /** Step gate words, STEP_WORDS per thread slot. */
  steps: Int32Array;
  /** CH_WORDS per channel, and their rings. */
  channels: Int32Array;
  channelBytes: Uint8Array;
  /** VALUE_CELLS 8-byte cells, seen as ints and as floats (shared-values.ts). */
  values: BigInt64Array;
  valueFloats: Float64Array;
  limits: Limits;
}

function offsets(l: Limits): { sizes: number[]; total: number } {
  const sizes = [
    HEADER_WORDS * 4,
    CLOCK_DOUBLES * 8,
    l.threads * 8,
    l.threads * 8,
    l.procs * GIL_WORDS * 4,
    l.threads * SLOT_WORDS * 4,
    l.threads * NAME_CHARS * 2,
    l.threads * WHAT_CHARS * 2,
    l.procs * NAME_CHARS * 2,
    l.locks * LOCK_WORDS * 4,
    l.threads * STEP_WORDS * 4,
    CHANNELS * CH_WORDS * 4,
    CHANNELS * CHANNEL_BYTES,
    VALUE_CELLS * 8,
  ].map((n) => Math.ceil(n / 8) * 8);
  return { sizes, total: sizes.reduce((a, b) => a + b, 0) };
}

function views(buffer: SharedArrayBuffer, limits: Limits): RunMemory {
  const { sizes } = offsets(limits);
  let at = 0;
  const next = (): number => {
    const o = at;
    at += sizes.shift() ?? 0;
    return o;
  };
  return {
    buffer,
    limits,
    header: new Int32Array(buffer, next(), HEADER_WORDS),
    clock: new Float64Array(buffer, next(), CLOCK_DOUBLES),
    deadlines: new Float64Array(buffer, next(), limits.threads),
    lanes: new Float64Array(buffer, next(), limits.threads),
    gils: new Int32Array(buffer, next(), limits.procs * GIL_WORDS),
    slots: new Int32Array(buffer, next(), limits.threads * SLOT_WORDS),
    names: new Uint16Array(buffer, next(), limits.threads * NAME_CHARS),
    whats: new Uint16Array(buffer, next(), limits.threads * WHAT_CHARS),
    procNames: new Uint16Array(buffer, next(), limits.procs * NAME_CHARS),
    locks: new Int32Array(buffer, next(), limits.locks * LOCK_WORDS),
    steps: new Int32Array(buffer, next(), limits.threads * STEP_WORDS),
    channels: new Int32Array(buffer, next(), CHANNELS * CH_WORDS),
    channelBytes: new Uint8Array(buffer, next(), CHANNELS * CHANNEL_BYTES),
    ...valueViews(buffer, next()),
  };
}

function valueViews(buffer: SharedArrayBuffer, at: number): { values: BigInt64Array; valueFloats: Float64Array } {
  return { values: new BigInt64Array(buffer, at, VALUE_CELLS), valueFloats: new Float64Array(buffer, at, VALUE_CELLS) };
}

/** CPython's default switch interval, 5 ms, in microseconds. */
export const DEFAULT_INTERVAL_US = 5000;

export interface RunMemoryOptions {
  speed: number;
  freeThreaded: boolean;
  limits?: Limits;
  events?: boolean;
  step?: 'line' | 'bytecode';
  /** 'work': time made of work done (work-clock.ts); default the real clock. Step mode keeps its own clock. */
  clock?: 'real' | 'work';
  /** 'gil' events (with events, and a GIL). */
  gilEvents?: boolean;
  /** Virtual cores of the work clock (default cores.ts's DEFAULT_CORES, passed by the host). */
  cores?: number;
}

export function createRunMemory(o: RunMemoryOptions): RunMemory {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const m = views(new SharedArrayBuffer(offsets(limits).total), limits);
  m.header[H_MAX_THREADS] = limits.threads;
  m.header[H_MAX_LOCKS] = limits.locks;
  m.header[H_MAX_PROCS] = limits.procs;
  const work = o.clock === 'work' && !o.step;
  const gilEvents = o.gilEvents === true && o.events === true && !o.freeThreaded;
  m.header[H_FLAGS] =
    (o.freeThreaded ? FLAG_FREE_THREADED : 0) | (o.events ? FLAG_EVENTS : 0) | (o.step ? FLAG_STEP : 0) | (o.step === 'bytecode' ? FLAG_STEP_BYTECODE : 0) | (work ? FLAG_WORK_CLOCK : 0) | (gilEvents ? FLAG_GIL_EVENTS : 0);
  m.header[H_CORES] = Math.max(1, Math.floor(o.cores ?? 1));
  m.clock[C_RATE] = 0;
  m.clock[C_KNEE] = Infinity;
  m.clock[C_SPEED] = o.speed;
  for (let p = 0; p < limits.procs; p++) m.gils[p * GIL_WORDS + G_INTERVAL_US] = DEFAULT_INTERVAL_US;
  return m;
}

/** The same views on a buffer made by createRunMemory (in a worker). */
export function attachRunMemory(buffer: SharedArrayBuffer): RunMemory {
  const h = new Int32Array(buffer, 0, HEADER_WORDS);
  return views(buffer, { threads: h[H_MAX_THREADS] ?? 0, locks: h[H_MAX_LOCKS] ?? 0, procs: h[H_MAX_PROCS] ?? 0 });
}

export function writeText(into: Uint16Array, at: number, max: number, text: string): number {
  const n = Math.min(text.length, max);
  for (let i = 0; i < n; i++) into[at + i] = text.charCodeAt(i);
  return n;
}

export function readText(from: Uint16Array, at: number, n: number): string {
  return String.fromCharCode(...from.subarray(at, at + n));
}
