// Our bytecode must match CPython 3.12's dis.get_instructions (CACHE entries
// aside) for every snippet in testdata/dis/.

import { describe, expect, it } from 'vitest';
import { CompileNotSupported, compileModule } from './compiler';
import { dis, disEntries } from './dis';
import { compileCheck } from './parser';
import { disCases } from './testdata/expectations.node';

describe('bytecode matches CPython dis', () => {
  for (const [topic, cases] of disCases()) {
    describe(topic, () => {
      for (const c of cases) {
        it(JSON.stringify(c.src.slice(0, 60)), () => {
          expect(disEntries(compileModule(compileCheck(c.src)))).toEqual(c.code);
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
    '[x for x in y]\n',
    'try:\n    pass\nfinally:\n    pass\n',
    'def f(l):\n    with l:\n        return 1\n',
    'def g(l):\n    with l:\n        yield 1\n',
    '(x for x in y)\n',
    'class C(B):\n    def f(self):\n        return __class__\n',
    'class C:\n    def f(self):\n        x = 1\n        return lambda: x + super().g()\n',
    'def f():\n    class C:\n        pass\n',
    'def f(a):\n    if a < 1 < 2:\n        return 1\n',
  ]) {
    it(`refuses ${JSON.stringify(src)}`, () => {
      expect(() => compileModule(compileCheck(src))).toThrow(CompileNotSupported);
    });
  }
});
