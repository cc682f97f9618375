/**
 * What happened in a run, folded from the workers' event stream into the
 * shapes the UI draws: one lane of state spans per thread, lock-holding spans,
 * console lines in time order, and the scenario's marks. Pure and mutable in
 * place (it is fed once a frame; copying it would allocate every frame).
 */
import { EventKind, type RuntimeEvent, ThreadState, unpackQueueRef } from '../runtime/events';

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
}

/** A lane for a thread the run started that the model did not know of (threads of a Python program appear as it runs). */
function addLane(model: TraceModel, worker: number, name: string): Lane | undefined {
  if (worker !== model.lanes.length) return undefined;
  const lane: Lane = { worker, name, pid: 0, spans: [], holds: [], line: 0, state: ThreadState.New, error: '' };
  model.lanes.push(lane);
  return lane;
}

export function emptyTrace(names: readonly string[]): TraceModel {
  return {
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
  for (const e of events) {
    const lane = model.lanes[e.worker] ?? (e.kind === EventKind.Start && e.text !== '' ? addLane(model, e.worker, e.text) : undefined);
    if (!lane) continue;
    model.events++;
    if (e.t > model.end) model.end = e.t;
    switch (e.kind) {
      case EventKind.Start:
        // A second Start renames a running thread (a Python program setting `thread.name`).
        if (lane.spans.length > 0 && e.text !== '') {
          lane.name = e.text;
          break;
        }
        lane.pid = e.a;
        openSpan(lane, e.t, ThreadState.Running, 0, e.line);
        break;
      case EventKind.Line:
        lane.line = e.line;
        break;
      case EventKind.State:
        openSpan(lane, e.t, e.a as ThreadState, e.b, e.line);
        break;
      case EventKind.Print:
        insertByTime(model.console, { t: e.t, worker: e.worker, text: e.text, stream: e.b === 2 ? 'err' : 'out', line: e.line });
        break;
      case EventKind.Acquired:
        lane.holds.push({ start: e.t, end: NaN, lock: e.a });
        break;
      case EventKind.Released: {
        // Events arrive grouped by worker, not in time order, so another lane may
        // already hold this lock again: the releaser's own open hold comes first.
        const own = lane.holds.find((x) => x.lock === e.a && Number.isNaN(x.end));
        if (own) {
          own.end = e.t;
          break;
        }
        // A Python lock may be released by another thread: close the open hold wherever it is.
        for (const l of model.lanes) {
          const h = l.holds.find((x) => x.lock === e.a && Number.isNaN(x.end));
          if (h) {
            h.end = e.t;
            break;
          }
        }
        break;
      }
      case EventKind.GlobalWrite: {
        let track = model.values.find((v) => v.name === e.text);
        if (!track) {
          track = { name: e.text, points: [] };
          model.values.push(track);
        }
        insertByTime(track.points, { t: e.t, worker: e.worker, value: e.a, line: e.line });
        break;
      }
      case EventKind.Mark:
        model.marks.push({ t: e.t, worker: e.worker, label: e.text, value: e.a, line: e.line });
        break;
      case EventKind.Error:
        // b = 1: the text is already what Python printed (the VM's traceback); its last line names the exception.
        lane.error = e.b === 1 ? (e.text.split('\n').pop() ?? e.text) : e.text;
        insertByTime(model.console, {
          t: e.t,
          worker: e.worker,
          text: e.b === 1 ? e.text : uncaughtText(lane.name, e.line, e.text),
          stream: 'err',
          line: e.line,
        });
        break;
      case EventKind.QueuePut:
      case EventKind.QueueGet: {
        const ref = unpackQueueRef(e.a);
        insertByTime(model.queueOps, {
          t: e.t,
          worker: e.worker,
          queue: ref.queue,
          op: e.kind === EventKind.QueuePut ? 'put' : 'get',
          item: e.text,
          size: e.b,
          serial: ref.serial,
        });
        break;
      }
      case EventKind.Done:
        openSpan(lane, e.t, ThreadState.Done, 0, e.line);
        break;
      default:
        break;
    }
  }
}
