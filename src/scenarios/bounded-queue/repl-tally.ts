/**
 * What the lab's panel shows of the REPL, read from the run's console and
 * queue events (nothing is marked by the program: the prompt is CPython's
 * `code.interact`). A traceback arrives a line per console entry; the session
 * keeps it as one block, as a terminal shows it. queue.Full and _queue.Empty
 * are counted from the tracebacks' last lines, and how long the call waited
 * is the time from the command's echo to its traceback.
 */
import type { ConsoleLine, QueueOp } from '../../trace/model';

export interface SessionLine {
  kind: 'in' | 'out' | 'err';
  text: string;
  t: number;
}

export interface RaisedAt {
  t: number;
  /** Simulated seconds from the command typed to the exception. */
  waited: number;
}

export interface ReplTally {
  session: SessionLine[];
  full: RaisedAt[];
  empty: RaisedAt[];
}

const PROMPT = /^(>>>|\.\.\.) /;

export function replTally(console: readonly ConsoleLine[], worker: number): ReplTally {
  const session: SessionLine[] = [];
  for (const c of console) {
    if (c.worker !== worker) continue;
    const prev = session[session.length - 1];
    // Lines of one traceback (or of the banner) were written at one moment: one block.
    if (c.stream === 'err' && prev && prev.t === c.t && (prev.kind === 'err' || prev.text.startsWith('Python 3.'))) {
      prev.text += `\n${c.text}`;
      continue;
    }
    // code.interact writes its banner to stderr too; it is not an error.
    const err = c.stream === 'err' && !c.text.startsWith('Python 3.');
    session.push({ kind: PROMPT.test(c.text) && c.stream === 'out' ? 'in' : err ? 'err' : 'out', text: c.text, t: c.t });
  }
  const full: RaisedAt[] = [];
  const empty: RaisedAt[] = [];
  let typedAt = 0;
  for (const s of session) {
    if (s.kind === 'in') typedAt = s.t;
    if (s.kind !== 'err' || !s.text.startsWith('Traceback')) continue;
    const last = s.text.slice(s.text.lastIndexOf('\n') + 1);
    if (last === 'queue.Full') full.push({ t: s.t, waited: s.t - typedAt });
    else if (last === '_queue.Empty') empty.push({ t: s.t, waited: s.t - typedAt });
  }
  return { session, full, empty };
}

/** The items in queue `queue` now (reprs, oldest first): its puts in order, less as many as were got (FIFO). */
export function queueContents(ops: readonly QueueOp[], queue: number): string[] {
  const mine = ops.filter((o) => o.queue === queue);
  const puts = mine.filter((o) => o.op === 'put').sort((a, b) => a.serial - b.serial);
  const gets = mine.filter((o) => o.op === 'get').length;
  return puts.slice(gets).map((o) => o.item);
}
