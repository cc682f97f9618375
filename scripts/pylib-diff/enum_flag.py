# enum.Flag and IntFlag: combining, pseudo-members, reprs, STRICT and KEEP boundaries
from enum import Flag, IntFlag, auto
class P(Flag):
    R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(repr(rw), str(rw), rw.name, rw.value, P.R in rw, P.X in rw, list(rw), bool(P(0)), repr(P(0)), str(P(0)), P(3) is rw, repr(~P.R), repr(P.R & P.W), repr(P.R ^ rw), len(rw), list(P), P)
class I(IntFlag):
    A = 1; B = 2
print(repr(I.A | I.B), str(I.A | I.B), I.A | 4, repr(I.A | 4), I.A + 1, format(I.B), repr(I(0)), repr(~I.A), I.A == 1, list(I))
try:
    P(8)
except ValueError as e:
    print(repr(str(e)))
try:
    1 in rw
except TypeError as e:
    print(e)
class Perm(Flag):
    NONE = 0
    READ = 4
    WRITE = 2
    RW = 6
print(list(Perm), repr(Perm.RW), repr(Perm(6)), repr(Perm.READ | Perm.WRITE), Perm(0) is Perm.NONE, repr(Perm.NONE))
