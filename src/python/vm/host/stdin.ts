// The run's standard input in worker mode: one line source every thread of
// the main process reads (input(), sys.stdin.readline()), whichever worker it
// runs on. Either a text known at the start (the CLI's piped stdin, tests:
// its lines, then end of file) or lines typed in the page (a SharedMailbox,
// src/runtime/mailbox.ts: no end of file, as a terminal nobody closes).
// Takes happen under the thread table's mutex (ThreadRuntime.readLine), so
// two threads reading at once each get a whole line of their own.

import { SharedMailbox } from '../../../runtime/mailbox';

/** The wait key of a thread blocked for a line (channels, joins and locks use other numbers: layout.ts). */
export const INPUT_KEY = -(1 << 30);

/** What a worker gets in its WorkerInit: shared memory only, so it clones to every worker. */
export type StdinSpec =
  /** A fixed text (textStdin): its lines, then end of file; nothing echoed, as a pipe. */
  | { kind: 'text'; buffer: SharedArrayBuffer }
  /** The page's console (a SharedMailbox): a taken line is echoed, as a terminal shows what was typed. */
  | { kind: 'typed'; buffer: SharedArrayBuffer };

// Text layout, in Int32 cells: the read cursor (bytes), the text's length (bytes), then the UTF-8 bytes.
const CURSOR = 0;
const LENGTH = 1;
const HEADER_BYTES = 8;
const NEWLINE = 0x0a;

export function textStdin(text: string): StdinSpec {
  const bytes = new TextEncoder().encode(text);
  const buffer = new SharedArrayBuffer(HEADER_BYTES + bytes.length);
  new Uint8Array(buffer, HEADER_BYTES).set(bytes);
  new Int32Array(buffer, 0, 2)[LENGTH] = bytes.length;
  return { kind: 'text', buffer };
}

export class RunStdin {
  /** Echo each line taken (typed at a console) or not (read from a pipe). */
  readonly echoes: boolean;
  private readonly box: SharedMailbox | null;
  private readonly cells: Int32Array | null;
  private readonly bytes: Uint8Array | null;

  constructor(spec: StdinSpec) {
    this.echoes = spec.kind === 'typed';
    this.box = spec.kind === 'typed' ? new SharedMailbox(spec.buffer) : null;
    this.cells = spec.kind === 'text' ? new Int32Array(spec.buffer, 0, 2) : null;
    this.bytes = spec.kind === 'text' ? new Uint8Array(spec.buffer, HEADER_BYTES) : null;
  }

  /**
   * The next line with its newline (the last line of a text may have none),
   * '' at end of file, or null when none is there yet. Callers serialize takes
   * (the table mutex): the mailbox has one reader, the cursor one writer.
   */
  take(): string | null {
    if (this.box) {
      const line = this.box.take(0);
      return line === null ? null : `${line}\n`;
    }
    const cells = this.cells as Int32Array;
    const bytes = this.bytes as Uint8Array;
    const at = Atomics.load(cells, CURSOR);
    const length = Atomics.load(cells, LENGTH);
    if (at >= length) return '';
    // A UTF-8 continuation byte is never 0x0a, so the byte search cannot split a character.
    const nl = bytes.indexOf(NEWLINE, at);
    const end = nl < 0 || nl >= length ? length : nl + 1;
    Atomics.store(cells, CURSOR, end);
    // decode() refuses views of shared memory: copy the line out first.
    return new TextDecoder().decode(bytes.slice(at, end));
  }
}

/** How long the host's watcher sleeps between looks when nothing is typed (it wakes at once on a send). */
const LOOK_MS = 500;

/**
 * The host's side of typed input: every line the page sends wakes the threads
 * blocked on INPUT_KEY (`wake`), from the host's event loop (Atomics.waitAsync:
 * the page never waits, and the host's thread may not block). Ends once `over`.
 */
export function watchTyped(buffer: SharedArrayBuffer, wake: () => void, over: () => boolean): void {
  const box = new SharedMailbox(buffer);
  const loop = async (): Promise<void> => {
    let seen = box.sentCount();
    while (!over()) {
      await box.sentSince(seen, LOOK_MS);
      const now = box.sentCount();
      if (now === seen || over()) continue;
      seen = now;
      wake();
    }
  };
  void loop();
}

/** The host's option: a text known at the start, or the page's console (a SharedMailbox buffer). */
export type StdinOption = { text: string } | { typed: SharedArrayBuffer };

export function stdinSpec(o: StdinOption): StdinSpec {
  return 'text' in o ? textStdin(o.text) : { kind: 'typed', buffer: o.typed };
}
