/**
 * The bounded-queue programs, against the runtime. The lesson's statements
 * and the student's commands are both Python text run through `pyline.ts`;
 * its queue calls become the runtime's real queue calls, so `queue.Full`
 * after a 3 s timeout is a real 3 s (simulated) wait. Every call is awaited,
 * so it runs on both runtimes (see AsyncThreadTarget).
 */
import { PyException } from '../../runtime/errors';
import type { PyApi } from '../../runtime/py-api';
import type { AsyncThreadTarget, ParamValues } from '../types';
import { LAB_LINES, LESSON_LINES, LESSON_STATEMENTS, QUEUE, variantOf } from './lines';
import { type AsyncPyEnv, type AsyncQueueOps, type PyValue, consoleTraceback, pyRepr, runLineAsync } from './pyline';

/**
 * The longest item text a queue slot holds (memory.ts QUEUE_ITEM_BYTES). The
 * message runtime has no slots, but keeps the limit so both runtimes agree.
 */
const ITEM_BYTES = 96;

function queueOps(py: PyApi, line: number): AsyncQueueOps {
  return {
    async put(item, block, timeout) {
      if (typeof item === 'string' && new TextEncoder().encode(item).length > ITEM_BYTES) {
        throw new PyException('NotImplementedError', `this lab's queue holds items of up to ${ITEM_BYTES} bytes`, line);
      }
      await py.put(QUEUE, item, line, block, timeout);
    },
    get: (block, timeout) => py.get(QUEUE, line, block, timeout),
    qsize: () => py.qsize(QUEUE, line),
    empty: () => py.empty(QUEUE, line),
    full: () => py.full(QUEUE, line),
  };
}

function envAt(py: PyApi, line: number): AsyncPyEnv {
  return { queue: queueOps(py, line), print: (text) => py.print(text, line) };
}

/** The same exception, placed at `line` (pyline raises with line 0). */
function atLine(e: PyException, line: number): PyException {
  return e.line === line ? e : new PyException(e.pyType, e.pyMessage, line);
}

/** The tutorial's lines, as written or corrected: the first exception ends the script, as in Python. */
export const lesson: AsyncThreadTarget = async (py, params) => {
  const fixed = variantOf(params.variant) === 'fixed';
  await py.line(LESSON_LINES.importLine);
  await py.line(LESSON_LINES.unbounded);
  await py.line(LESSON_LINES.bounded);
  for (const s of LESSON_STATEMENTS) {
    await py.line(s.line);
    try {
      await runLineAsync(fixed ? s.fixed : s.seed, envAt(py, s.line));
    } catch (e) {
      throw e instanceof PyException ? atLine(e, s.line) : e;
    }
  }
};

export const producer: AsyncThreadTarget = async (py, params) => {
  const L = LAB_LINES.producer;
  const pause = Number(params.produce);
  await py.line(L.i);
  for (let i = 0; ; i++) {
    await py.line(L.loop);
    await py.sleep(pause, L.sleep);
    await py.put(QUEUE, `item${i}`, L.put);
    await py.print(`put item${i}`, L.print);
    await py.line(L.inc);
  }
};

export const consumer: AsyncThreadTarget = async (py, params) => {
  const L = LAB_LINES.consumer;
  const pause = Number(params.consume);
  for (;;) {
    await py.line(L.loop);
    await py.sleep(pause, L.sleep);
    const item = await py.get(QUEUE, L.get);
    await py.print(`got ${String(item)}`, L.print);
  }
};

/**
 * The main thread in `code.interact()`: reads a line the student sent, runs
 * it, shows what the REPL would show. An exception is printed, not fatal,
 * as in the REPL. Runs until the run is reset (RunStopped unwinds it).
 */
export const repl: AsyncThreadTarget = async (py: PyApi, params: ParamValues) => {
  const line = LAB_LINES.interact;
  await py.line(LAB_LINES.queue);
  if (Number(params.produce) > 0) await py.line(LAB_LINES.startProducer);
  if (Number(params.consume) > 0) await py.line(LAB_LINES.startConsumer);
  await py.print('(InteractiveConsole)', line);
  for (;;) {
    const src = (await py.readCommand(line)).trim();
    await py.print(`>>> ${src}`, line);
    const started = await py.now();
    let value: PyValue;
    try {
      value = await runLineAsync(src, envAt(py, line));
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      await py.print(consoleTraceback(e, src), line);
      // How long the call waited before it raised: the timeout, made visible.
      await py.mark(e.pyType, (await py.now()) - started, line);
      continue;
    }
    // The REPL echoes a value's repr, except None.
    if (value !== null) await py.print(pyRepr(value), line);
  }
};
