// Our bytecode must match CPython 3.12's dis.get_instructions (CACHE entries
// aside) for every snippet in testdata/dis/.

import { describe, expect, it } from 'vitest';
import { CompileNotSupported, compileModule, type CodeObject } from './compiler';
import { dis, disEntries } from './dis';
import { compileCheck } from './parser';
import { disCases } from './testdata/expectations.node';

/** The code object and every code object among its constants, depth first (as the generator lists them). */
function codeObjects(code: CodeObject): CodeObject[] {
  return [code, ...code.consts.flatMap((c) => (c !== null && typeof c === 'object' && 'instructions' in c ? codeObjects(c) : []))];
}

describe('bytecode matches CPython dis', () => {
  for (const [topic, cases] of disCases()) {
    describe(topic, () => {
      for (const c of cases) {
        const name = JSON.stringify(c.src.slice(0, 60));
        it(name, () => {
          expect(disEntries(compileModule(compileCheck(c.src)))).toEqual(c.code.map(({ name: n, instructions }) => ({ name: n, instructions })));
        });
        it(`${name}: exception table, stack size, qualname`, () => {
          expect(codeObjects(compileModule(compileCheck(c.src))).map((o) => ({
            name: o.name, qualname: o.qualname, stacksize: o.stacksize,
            exceptiontable: o.exceptiontable.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
          }))).toEqual(c.code.map(({ name: n, qualname, stacksize, exceptiontable }) => ({ name: n, qualname, stacksize, exceptiontable })));
        });
        it(`${name}: positions`, () => {
          expect(codeObjects(compileModule(compileCheck(c.src))).map((o) => o.instructions.map((i) => [i.lineno, i.endLineno, i.col, i.endCol])))
            .toEqual(c.code.map((o) => o.positions));
        });
      }
    });
  }

  it('global ticket; ticket -= 1 lists as in the brief', () => {
    const code = compileModule(compileCheck('def f():\n    global ticket\n    ticket -= 1\n'));
    const f = disEntries(code)[1];
    expect(f?.instructions.map(([op, arg, repr]) => `${op} ${arg ?? ''} ${repr}`.trim())).toEqual([
      'RESUME 0', 'LOAD_GLOBAL 0 ticket', 'LOAD_CONST 1 1', 'BINARY_OP 23 -=', 'STORE_GLOBAL 0 ticket', 'RETURN_CONST 0 None',
    ]);
    expect(dis(code)).toContain('BINARY_OP             23 (-=)');
  });

  // Constructs not built yet must be refused, never compiled to wrong bytecode.
  for (const src of [
    'class C(B):\n    def f(self):\n        return __class__\n',
    'class C:\n    def f(self):\n        x = 1\n        return lambda: x + super().g()\n',
    'def f(n):\n    class C:\n        size = n\n',
    'x = "\\N{CJK UNIFIED IDEOGRAPH-7EBF}"\n',
  ]) {
    it(`refuses ${JSON.stringify(src)}`, () => {
      expect(() => compileModule(compileCheck(src))).toThrow(CompileNotSupported);
    });
  }
});
