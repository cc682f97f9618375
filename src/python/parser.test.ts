// Our parse of every snippet must equal CPython 3.12's (positions included),
// and every bad snippet must raise the SyntaxError CPython raises, printed the same.

import { describe, expect, it } from 'vitest';
import { dumpJson } from './dump';
import { PySyntaxError, formatSyntaxError } from './errors';
import { compileCheck, parseModule } from './parser';
import { errorCases, okCases } from './testdata/expectations.node';

const label = (src: string): string => JSON.stringify(src.length > 60 ? src.slice(0, 60) + '…' : src);

describe('parse matches CPython ast', () => {
  for (const [topic, cases] of okCases()) {
    describe(topic, () => {
      for (const c of cases) {
        it(label(c.src), () => {
          expect(dumpJson(parseModule(c.src))).toEqual(c.ast);
        });
      }
    });
  }
});

describe('SyntaxError matches CPython', () => {
  for (const [topic, cases] of errorCases()) {
    describe(topic, () => {
      for (const c of cases) {
        it(label(c.src), () => {
          let caught: unknown = null;
          try {
            compileCheck(c.src, '/path/prog.py');
          } catch (e) {
            caught = e;
          }
          expect(caught).toBeInstanceOf(PySyntaxError);
          const err = caught as PySyntaxError;
          const { type, msg, lineno, offset, end_lineno, end_offset, text } = c.error;
          expect({ type: err.kind, msg: err.msg, lineno: err.lineno, offset: err.offset, end_lineno: err.end_lineno, end_offset: err.end_offset, text: err.text })
            .toEqual({ type, msg, lineno, offset, end_lineno, end_offset, text });
          expect(formatSyntaxError(err, c.src)).toBe(c.error.stderr);
        });
      }
    });
  }
});

describe('the comparison is strict', () => {
  it('a one-byte position difference fails', () => {
    const ours = dumpJson(parseModule('x = 1\n'));
    const shifted = JSON.parse(JSON.stringify(ours).replace('"end_col_offset":5', '"end_col_offset":6')) as unknown;
    expect(shifted).not.toEqual(ours);
  });

  it('columns are UTF-8 bytes, as in CPython', () => {
    const mod = parseModule("é = 'ü'\n");
    const assign = mod.body[0];
    expect(assign?._type === 'Assign' && assign.value.col_offset).toBe(5);
    expect(assign?.end_col_offset).toBe(9);
  });

  it('the printed error follows the message and caret exactly', () => {
    let err: unknown = null;
    try {
      parseModule('if x\n    y\n', '/path/prog.py');
    } catch (e) {
      err = e;
    }
    expect(formatSyntaxError(err as PySyntaxError)).toBe('  File "/path/prog.py", line 1\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });
});
