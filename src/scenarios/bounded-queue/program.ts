/**
 * The bounded-queue programs, against the runtime. The lesson's statements
 * and the student's commands are both Python text run through `pyline.ts`;
 * its queue calls become the runtime's real shared-memory queue calls, so
 * `queue.Full` after a 3 s timeout is a real 3 s (simulated) wait.
 */
import { PyException } from '../../runtime/errors';
import type { PyThread } from '../../runtime/thread-context';
import type { ParamValues, ThreadTarget } from '../types';
import { LAB_LINES, LESSON_LINES, LESSON_STATEMENTS, QUEUE, variantOf } from './lines';
import { type PyEnv, type PyValue, type QueueOps, consoleTraceback, pyRepr, runLine } from './pyline';

/** The longest item text a queue slot holds (memory.ts QUEUE_ITEM_BYTES). */
const ITEM_BYTES = 96;

function queueOps(py: PyThread, line: number): QueueOps {
  return {
    put(item, block, timeout) {
      if (typeof item === 'string' && new TextEncoder().encode(item).length > ITEM_BYTES) {
        throw new PyException('NotImplementedError', `this lab's queue holds items of up to ${ITEM_BYTES} bytes`, line);
      }
      py.put(QUEUE, item, line, block, timeout);
    },
    get: (block, timeout) => py.get(QUEUE, line, block, timeout),
    qsize: () => py.qsize(QUEUE, line),
    empty: () => py.empty(QUEUE, line),
    full: () => py.full(QUEUE, line),
  };
}

function envAt(py: PyThread, line: number): PyEnv {
  return { queue: queueOps(py, line), print: (text) => py.print(text, line) };
}

/** The same exception, placed at `line` (pyline raises with line 0). */
function atLine(e: PyException, line: number): PyException {
  return e.line === line ? e : new PyException(e.pyType, e.pyMessage, line);
}

/** The tutorial's lines, as written or corrected: the first exception ends the script, as in Python. */
export const lesson: ThreadTarget = (py, params) => {
  const fixed = variantOf(params.variant) === 'fixed';
  py.line(LESSON_LINES.importLine);
  py.line(LESSON_LINES.unbounded);
  py.line(LESSON_LINES.bounded);
  for (const s of LESSON_STATEMENTS) {
    py.line(s.line);
    try {
      runLine(fixed ? s.fixed : s.seed, envAt(py, s.line));
    } catch (e) {
      throw e instanceof PyException ? atLine(e, s.line) : e;
    }
  }
};

export const producer: ThreadTarget = (py, params) => {
  const L = LAB_LINES.producer;
  const pause = Number(params.produce);
  py.line(L.i);
  for (let i = 0; ; i++) {
    py.line(L.loop);
    py.sleep(pause, L.sleep);
    py.put(QUEUE, `item${i}`, L.put);
    py.print(`put item${i}`, L.print);
    py.line(L.inc);
  }
};

export const consumer: ThreadTarget = (py, params) => {
  const L = LAB_LINES.consumer;
  const pause = Number(params.consume);
  for (;;) {
    py.line(L.loop);
    py.sleep(pause, L.sleep);
    const item = py.get(QUEUE, L.get);
    py.print(`got ${String(item)}`, L.print);
  }
};

/**
 * The main thread in `code.interact()`: reads a line the student sent, runs
 * it, shows what the REPL would show. An exception is printed, not fatal,
 * as in the REPL. Runs until the run is reset (RunStopped unwinds it).
 */
export const repl: ThreadTarget = (py: PyThread, params: ParamValues) => {
  const line = LAB_LINES.interact;
  py.line(LAB_LINES.queue);
  if (Number(params.produce) > 0) py.line(LAB_LINES.startProducer);
  if (Number(params.consume) > 0) py.line(LAB_LINES.startConsumer);
  py.print('(InteractiveConsole)', line);
  for (;;) {
    const src = py.readCommand(line).trim();
    py.print(`>>> ${src}`, line);
    const started = py.now();
    let value: PyValue;
    try {
      value = runLine(src, envAt(py, line));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      py.print(consoleTraceback(e, src), line);
      // How long the call waited before it raised: the timeout, made visible.
      py.mark(e.pyType, py.now() - started, line);
      continue;
    }
    // The REPL echoes a value's repr, except None.
    if (value !== null) py.print(pyRepr(value), line);
  }
};
