/**
 * Bound methods in the heap (METHOD: function + self): `f = acct.deposit`
 * stored in a global, a list or a dict is called by another worker on the
 * same instance.
 */
import { describe, expect, it } from 'vitest';
import { bootHeap } from '../heap';
import { runProgram } from './run';
import { callInWorker } from './fixtures/attach-spawn.node';

const PATH = '/bound/prog.py';
const SOURCE = `class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
    @classmethod
    def named(cls, owner):
        return cls(owner)

acct = Account('ann')
f = acct.deposit
calls = [acct.deposit, Account.named]
by_name = {'dep': acct.deposit}

def other():
    f(10)
    calls[0](5)
    b = calls[1]('bob')
    by_name['dep'](1)
    return (acct.balance, type(f).__name__, f.__self__ is acct, f.__func__ is Account.deposit,
            f == acct.deposit, b.owner, type(b) is Account, repr(f).startswith('<bound method Account.deposit of '))
`;

describe('bound methods in the heap', () => {
  it('compare and hash as CPython 3.12: same self and function', () => {
    const src = 'class A:\n    def m(self): pass\na = A()\nprint(a.m == a.m, a.m != a.m, a.m == A().m, hash(a.m) == hash(a.m), [].append == [].append)\n';
    // python3.12 prints: True False False True False (two lists are two selves)
    expect(runProgram({ source: src, path: 'm.py' }).stdout).toBe('True False False True False\n');
  });

  it('another worker calls a bound method stored by the first, on the same instance', async () => {
    const h = bootHeap({ bytes: 32 << 20 });
    expect(runProgram({ source: SOURCE, path: PATH, heap: h.buffer })).toEqual({ stdout: '', stderr: '', status: 0 });
    const r = await callInWorker({ heap: h.buffer as SharedArrayBuffer, sources: { [PATH]: SOURCE }, func: 'other' });
    expect(r.error).toBeUndefined();
    expect(r.result).toBe("(16, 'method', True, True, True, 'bob', True, True)");
  }, 60_000);
});
