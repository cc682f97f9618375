// Loads the CPython-made expectations checked in next to the snippets.
// Test-only (uses node:fs); regenerate with scripts/gen-python-front-expect.py.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Json } from '../dump';

export interface OkCase {
  src: string;
  ast: Json;
}

export interface ErrorCase {
  src: string;
  error: {
    type: string;
    msg: string;
    lineno: number;
    offset: number;
    end_lineno: number;
    end_offset: number;
    text: string | null;
    stderr: string;
  };
}

export interface DisCode {
  name: string;
  instructions: [string, number | null, string, number | null][];
  /** co_positions(): lineno, end_lineno, col, end_col per instruction. */
  positions: (number | null)[][];
  /** dis._parse_exception_table: start, end, target, depth, lasti. */
  exceptiontable: (number | boolean)[][];
  stacksize: number;
  qualname: string;
}

export interface DisCase {
  src: string;
  code: DisCode[];
}

const here = dirname(fileURLToPath(import.meta.url));

function load<T>(suffix: string): [string, T[]][] {
  return readdirSync(here)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => [f.slice(0, -suffix.length), JSON.parse(readFileSync(join(here, f), 'utf8')) as T[]]);
}

export const okCases = (): [string, OkCase[]][] => load<OkCase>('.ok.json');
export const errorCases = (): [string, ErrorCase[]][] => load<ErrorCase>('.errors.json');
export const disCases = (): [string, DisCase[]][] => load<DisCase>('.dis.json');

export interface CaretCase {
  src: string;
  /** Every frame of the traceback CPython printed: its source line, position, caret line. */
  frames: { line: string; pos: [number | null, number | null, number | null, number | null]; caret: string | null }[];
}

export const caretCases = (): [string, CaretCase[]][] => load<CaretCase>('.carets.json');
