x
# ---
1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
# ---
a ** -b ** c
# ---
-x + +y - ~z
# ---
not a and b or c and not d
# ---
a < b <= c == d != e > f >= g
# ---
a is b is not c in d not in e
# ---
a | b ^ c & d << e >> f
# ---
x if y else z if w else v
# ---
lambda: 0
# ---
lambda x, y=1, *a, k, m=2, **kw: x + y
# ---
(y := 10)
# ---
f(a, b, *c, d=1, **e)
# ---
f(*a, *b, x=1, *c, **d, **e)
# ---
f(x for x in y)
# ---
obj.attr.other
# ---
a[1]
# ---
a[1:2]
# ---
a[::2, 1:, :3]
# ---
a[1, 2]
# ---
a[()]
# ---
a[i:j:k]
# ---
a[*b]
# ---
[1, 2, *rest]
# ---
(1,)
# ---
()
# ---
1, 2, 3
# ---
{1: 2, **d, 3: 4}
# ---
{}
# ---
{1, 2, *s}
# ---
[x * 2 for x in range(10) if x % 2 if x > 3]
# ---
{k: v for k, v in items}
# ---
{x for x in y for z in x}
# ---
(x for x in y)
# ---
[(a, b) for a in range(3) for b in range(a)]
# ---
None, True, False, ...
# ---
0, 1_000, 0x_ff, 0o17, 0b1010, 1.5, 1e10, 1.5e-3, .5, 5., 3j, 1_0.0_1
# ---
123456789012345678901234567890
# ---
x = (
    1 +
    2
)
# ---
x = 1 + \
    2
# ---
f(a)(b)[c].d(e)
# ---
a if b else(lambda: c)
# ---
print(*args, sep='', end='\n')
# ---
é = 'ünïcode'; ñ = é + 'x'
# ---
x = ('café', naïve.attr)
# ---
[
    1,
    2,
]
# ---
f(a,)
# ---
x = yield_ = 1
# ---
a[b][c] = d.e = f
