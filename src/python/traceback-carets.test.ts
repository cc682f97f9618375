// The caret line under a traceback's source line must be CPython 3.12's for the
// same line and instruction position (testdata/carets/, regenerated from CPython).

import { describe, expect, it } from 'vitest';
import { caretCases } from './testdata/expectations.node';
import { caretLine } from './traceback-carets';

describe('traceback caret lines match CPython', () => {
  for (const [topic, cases] of caretCases()) {
    describe(topic, () => {
      for (const c of cases) {
        it(JSON.stringify(c.src.slice(0, 60)), () => {
          const got = c.frames.map((f) => caretLine(f.line, { lineno: f.pos[0], endLineno: f.pos[1], col: f.pos[2], endCol: f.pos[3] }));
          expect(got).toEqual(c.frames.map((f) => f.caret));
        });
      }
    });
  }

  it('prints none without columns', () => {
    expect(caretLine('x = 1\n', { lineno: 1, endLineno: 1, col: null, endCol: null })).toBeNull();
  });
});
