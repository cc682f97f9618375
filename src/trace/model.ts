/**
 * What happened in a run, folded from the workers' event stream into the
 * shapes the UI draws: one lane of state spans per thread, lock-holding spans,
 * console lines in time order, and the scenario's marks. Pure and mutable in
 * place (it is fed once a frame; copying it would allocate every frame).
 */
import { EventKind, type RuntimeEvent, ThreadState, unpackQueueRef } from '../runtime/events';
import type { EventLog } from './event-log';

export interface Span {
  start: number;
  /** NaN while still open. */
  end: number;
  state: ThreadState;
  /** Lock index + 1 for a wait (queue index + 1 on a queue), else 0. */
  on: number;
  /** The source line the thread was at when the span began (0 = none). */
  line: number;
}

export interface HoldSpan {
  start: number;
  end: number;
  lock: number;
}

export interface Lane {
  worker: number;
  name: string;
  pid: number;
  spans: Span[];
  holds: HoldSpan[];
  line: number;
  state: ThreadState;
  error: string;
}

export interface ConsoleLine {
  t: number;
  worker: number;
  text: string;
  stream: 'out' | 'err';
  line: number;
}

export interface Mark {
  t: number;
  worker: number;
  label: string;
  value: number;
  line: number;
}

export interface QueueOp {
  t: number;
  worker: number;
  queue: number;
  op: 'put' | 'get';
  item: string;
  /** qsize() right after the operation. */
  size: number;
  /**
   * 0-based place of this put among the queue's puts (or get among its gets),
   * taken under the queue's lock: exact where `t` of racing workers is not.
   */
  serial: number;
}

/** One store to a watched global: its value from `t` on. */
export interface ValuePoint {
  t: number;
  /** The writing thread; -1 for the value the global had when the run started. */
  worker: number;
  value: number;
  line: number;
}

/** A global's stores in time order (a value track on the timeline). */
export interface ValueTrack {
  name: string;
  points: ValuePoint[];
}

export interface TraceModel {
  lanes: Lane[];
  console: ConsoleLine[];
  marks: Mark[];
  queueOps: QueueOp[];
  /** Stores to globals, one track per global name, in the order first written. */
  values: ValueTrack[];
  /** Latest simulated time seen in any event. */
  end: number;
  events: number;
  /**
   * Names of the locks and queues spans and holds point at, when the run
   * finds them as it goes (a Python program on the VM); else the scenario's
   * RunSpec names them.
   */
  lockNames?: string[];
  queueNames?: string[];
  /** Watched globals' values when the run started: a track begins with its global's. */
  initial?: Readonly<Record<string, number>>;
}

/** A lane for a thread the run started that the model did not know of (threads of a Python program appear as it runs). */
function addLane(model: TraceModel, worker: number, name: string): Lane | undefined {
  if (worker !== model.lanes.length) return undefined;
  const lane: Lane = { worker, name, pid: 0, spans: [], holds: [], line: 0, state: ThreadState.New, error: '' };
  model.lanes.push(lane);
  return lane;
}

/**
 * The value tracks the timeline draws: a global's track once its value has changed, or once two threads
 * stored the same value one after the other (a lost update: the race the track is there to show). A
 * constant (the gil lesson's LIMIT, CHUNK and N; a custom program's settings) would be a row of noise.
 */
export function shownValues(model: Pick<TraceModel, 'values'>): ValueTrack[] {
  return model.values.filter((v) =>
    v.points.some((p, i) => {
      const prev = v.points[i - 1];
      return prev !== undefined && (p.value !== prev.value || (prev.worker >= 0 && p.worker !== prev.worker));
    }),
  );
}

export function emptyTrace(names: readonly string[], initial?: Readonly<Record<string, number>>): TraceModel {
  return {
    ...(initial ? { initial } : {}),
    lanes: names.map((name, worker) => ({
      worker,
      name,
      pid: 0,
      spans: [],
      holds: [],
      line: 0,
      state: ThreadState.New,
      error: '',
    })),
    console: [],
    marks: [],
    queueOps: [],
    values: [],
    end: 0,
    events: 0,
  };
}

function openSpan(lane: Lane, t: number, state: ThreadState, on: number, line: number): void {
  const last = lane.spans[lane.spans.length - 1];
  if (last && Number.isNaN(last.end)) {
    if (last.state === state && last.on === on) return;
    last.end = t;
  }
  lane.state = state;
  if (state !== ThreadState.Done) lane.spans.push({ start: t, end: NaN, state, on, line: line || lane.line });
}

function insertByTime<T extends { t: number }>(list: T[], item: T): void {
  let i = list.length;
  while (i > 0 && (list[i - 1]?.t ?? 0) > item.t) i--;
  list.splice(i, 0, item);
}

/**
 * What Python writes when an exception escapes a thread: for the main thread
 * a traceback (and the script stops there), for any other thread
 * threading.excepthook's header.
 */
function uncaughtText(thread: string, line: number, error: string): string {
  if (thread === 'MainThread' || thread === 'MainProcess') return `Traceback (most recent call last):\n  File "main.py", line ${line}, in <module>\n${error}`;
  return `Exception in thread ${thread}:\n${error}`;
}

export function applyEvents(model: TraceModel, events: readonly RuntimeEvent[]): void {
  for (const e of events) applyOne(model, e.worker, e.t, e.kind, e.line, e.a, e.b, e.text);
}

/** Events `from`.. of a columnar log, folded without building an object per event. */
export function applyLog(model: TraceModel, log: EventLog, from = 0): void {
  for (let i = from; i < log.length; i++) applyOne(model, log.worker[i] ?? 0, log.t[i] ?? 0, (log.kind[i] ?? 0) as EventKind, log.line[i] ?? 0, log.a[i] ?? 0, log.b[i] ?? 0, log.textAt(i));
}

function applyOne(model: TraceModel, worker: number, t: number, kind: EventKind, line: number, a: number, b: number, text: string): void {
  const lane = model.lanes[worker] ?? (kind === EventKind.Start && text !== '' ? addLane(model, worker, text) : undefined);
  if (!lane) return;
  model.events++;
  if (t > model.end) model.end = t;
  switch (kind) {
    case EventKind.Start:
      // The name the thread really has: a lane made before the run only guessed it (a VM
      // program's text may start others), and a second Start renames a running thread
      // (a Python program setting `thread.name`).
      if (text !== '') lane.name = text;
      if (lane.spans.length > 0 && text !== '') break;
      lane.pid = a;
      openSpan(lane, t, ThreadState.Running, 0, line);
      break;
    case EventKind.Line:
      lane.line = line;
      break;
    case EventKind.State:
      openSpan(lane, t, a as ThreadState, b, line);
      break;
    case EventKind.Print:
      insertByTime(model.console, { t: t, worker: worker, text: text, stream: b === 2 ? 'err' : 'out', line: line });
      break;
    case EventKind.Acquired:
      lane.holds.push({ start: t, end: NaN, lock: a });
      break;
    case EventKind.Released: {
      // Events arrive grouped by worker, not in time order, so another lane may
      // already hold this lock again: the releaser's own open hold comes first.
      const own = lane.holds.find((x) => x.lock === a && Number.isNaN(x.end));
      if (own) {
        own.end = t;
        break;
      }
      // A Python lock may be released by another thread: close the open hold wherever it is.
      for (const l of model.lanes) {
        const h = l.holds.find((x) => x.lock === a && Number.isNaN(x.end));
        if (h) {
          h.end = t;
          break;
        }
      }
      break;
    }
    case EventKind.GlobalWrite: {
      let track = model.values.find((v) => v.name === text);
      if (!track) {
        track = { name: text, points: [] };
        const start = model.initial?.[text];
        if (start !== undefined) track.points.push({ t: 0, worker: -1, value: start, line: 0 });
        model.values.push(track);
      }
      insertByTime(track.points, { t: t, worker: worker, value: a, line: line });
      break;
    }
    case EventKind.Mark:
      model.marks.push({ t: t, worker: worker, label: text, value: a, line: line });
      break;
    case EventKind.Error:
      // b = 1: the text is already what Python printed (the VM's traceback); its last line names the exception.
      lane.error = b === 1 ? (text.split('\n').pop() ?? text) : text;
      insertByTime(model.console, {
        t: t,
        worker: worker,
        text: b === 1 ? text : uncaughtText(lane.name, line, text),
        stream: 'err',
        line: line,
      });
      break;
    case EventKind.QueuePut:
    case EventKind.QueueGet: {
      const ref = unpackQueueRef(a);
      insertByTime(model.queueOps, {
        t: t,
        worker: worker,
        queue: ref.queue,
        op: kind === EventKind.QueuePut ? 'put' : 'get',
        item: text,
        size: b,
        serial: ref.serial,
      });
      break;
    }
    case EventKind.Done:
      openSpan(lane, t, ThreadState.Done, 0, line);
      break;
    default:
      break;
  }
}
