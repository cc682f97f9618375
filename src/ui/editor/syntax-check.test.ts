import { describe, expect, it } from 'vitest';
import { checkSyntax, offsetToIndex } from './syntax-check';

// Messages and positions as CPython 3.12.1 reports them for these sources
// (compile(src, '<editor>', 'exec'); e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset).
describe('checkSyntax', () => {
  it('accepts a correct program', () => {
    expect(checkSyntax('import threading\nlock = threading.Lock()\nwith lock:\n    print("卖票")\n')).toBeNull();
  });

  it('reports an unclosed bracket at the bracket', () => {
    expect(checkSyntax('x = 1\nprint((x)\ny = 2\n')).toMatchObject({ kind: 'SyntaxError', msg: "'(' was never closed", line: 2, offset: 6, endLine: 2, endOffset: 0 });
  });

  it('reports a missing colon where CPython points', () => {
    expect(checkSyntax('ticket = 3\nwhile ticket > 0\n    ticket -= 1\n')).toMatchObject({ msg: "expected ':'", line: 2, offset: 17, endLine: 2, endOffset: 18 });
  });

  it('reports an indentation error', () => {
    expect(checkSyntax('if True:\nprint(1)\n')).toMatchObject({ kind: 'IndentationError', msg: "expected an indented block after 'if' statement on line 1", line: 2, offset: 1, endLine: 2, endOffset: 6 });
  });

  it('reports the compiler checks too', () => {
    expect(checkSyntax('def f():\n    x = 1\n    global x\n')).toMatchObject({ msg: "name 'x' is assigned to before global declaration", line: 3, offset: 5, endLine: 3, endOffset: 13 });
  });
});

describe('offsetToIndex', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(offsetToIndex('🎫 = 1', 2)).toBe(2);
    expect(offsetToIndex('abc', 1)).toBe(0);
    expect(offsetToIndex('abc', 99)).toBe(3);
  });
});
