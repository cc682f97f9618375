// Standard input typed while the program runs (the page's console): a line
// source on shared memory that input() and sys.stdin.readline() wait on as
// CPython's do, with the GIL released, so the program's other threads go on.

import { Suspend } from './wait';
import type { PyVal } from './objects';

/** Where typed lines come from: SharedMailbox (src/runtime/mailbox.ts) has this shape. */
export interface InputSource {
  /** The next line (without its newline), waiting up to timeoutMs real ms; null if none came. */
  take(timeoutMs: number): string | null;
  /** True once a line is waiting (not taken), waiting up to timeoutMs real ms. */
  wait(timeoutMs: number): boolean;
}

/**
 * The line input() (forInput: no newline) or readline() (with it) returns now,
 * or a Suspend that ends when one is typed. `echo` shows the line as a
 * terminal would, at the moment the program takes it.
 */
export function readTyped(src: InputSource, forInput: boolean, echo: (line: string) => void): string {
  const got = (line: string): string => {
    echo(`${line}\n`);
    return forInput ? line : `${line}\n`;
  };
  const now = src.take(0);
  if (now !== null) return got(now);
  throw new Suspend({
    what: 'input()',
    deadline: null,
    timeout: null,
    input: true,
    poll: (): PyVal | undefined => {
      const line = src.take(0);
      return line === null ? undefined : got(line);
    },
  });
}
