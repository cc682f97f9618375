"""Expectations for src/python/values (numbers, float repr, rounding, parsing).

Run with CPython 3.12: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-values-numbers.py
Writes src/python/values/testdata/numbers.json: [fn, args, result] triples, where
ints are {"i": "digits"}, floats {"f": repr}, and errors {"err": [type, message]}.
"""
import json, math, os, random, sys

assert sys.version_info[:2] == (3, 12), sys.version

def enc(v):
    if isinstance(v, complex):
        return {"err": ["NotImplementedError", "complex"]}
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, (tuple, list)):
        return [enc(x) for x in v]
    return v

def run(fn, *args):
    try:
        res = fn(*args)
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return enc(res)
    finally:
        sys.set_int_max_str_digits(limit)

FUNCS = {
    'floatRepr': repr,
    'intFloorDiv': lambda a, b: a // b,
    'intMod': lambda a, b: a % b,
    'intDivmod': divmod,
    'intPow': lambda a, b, m=None: pow(a, b, m),
    'intTrueDiv': lambda a, b: a / b,
    'intToFloat': float,
    'floatTrueDiv': lambda a, b: a / b,
    'floatFloorDiv': lambda a, b: a // b,
    'floatMod': lambda a, b: a % b,
    'floatDivmod': divmod,
    'floatPow': lambda a, b: a ** b,
    'roundFloat': round,
    'roundInt': round,
    'floatToInt': int,
    'intFromString': int,
    'floatFromString': float,
    'intBitLength': lambda a: a.bit_length(),
    'floatIsInteger': lambda x: x.is_integer(),
    'floatAsIntegerRatio': lambda x: x.as_integer_ratio(),
    'intFloatCompare': lambda a, x: float('nan') if x != x else float((a > x) - (a < x)),
    'floatHex': float.hex,
    'floatFromHex': float.fromhex,
}

cases = []
def add(name, *args):
    out = run(FUNCS[name], *args)
    sys.set_int_max_str_digits(0)
    cases.append([name, [enc(a) for a in args], out])
    sys.set_int_max_str_digits(4300)

rng = random.Random(12345)
inf, nan = float('inf'), float('nan')

# float repr
reprs = [0.0, -0.0, 0.1, 0.2 + 0.1, 1.0, -1.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234,
         123456789012345678.0, 1.2345678901234567e17, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
         inf, -inf, nan, 100.0, 1e22, 1e23, 3.141592653589793, 2.5, 1/3, 2/3, 1e100, 12345.678, 0.5e-10,
         123.0, 1234567890123456.0, 12345678901234567.0, 0.001, 0.00001, 9.999999999999999e-5]
for _ in range(150):
    reprs.append(rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30))
for _ in range(100):
    reprs.append(struct_float := __import__('struct').unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0])
for x in reprs:
    add('floatRepr', x)

ints = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**53, 2**64 + 1, -(2**70) - 3, 10**30, -(10**30) + 7]
small = [0, 1, -1, 3, -3, 7, -7, 2**64 + 13, -(2**65) - 1]
for a in ints:
    for b in small:
        add('intFloorDiv', a, b)
        add('intMod', a, b)
        add('intDivmod', a, b)
        add('intTrueDiv', a, b)
for _ in range(150):
    a = rng.getrandbits(rng.randint(1, 1100)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 1100)) * rng.choice([1, -1]) or 1
    add('intTrueDiv', a, b)
    add('intFloorDiv', a, b)
    add('intMod', a, b)
for a, b in [(1, 3), (2**1100, 3), (3, 2**1100), (1, 2**1080), (1, 2**1074), (1, 2**1075), (3, 2**1076),
             (2**2000, 1), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (10**400, 10**390), (-5, 10**400), (2**54 + 1, 2), (2**54 + 3, 4)]:
    add('intTrueDiv', a, b)
for a in [0, 1, -1, 2**53 + 1, 2**54 + 2, 2**63 - 1, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971, -(2**1023), 10**308, 10**309]:
    add('intToFloat', a)
for a, b, m in [(2, 10, None), (-2, 3, None), (2, -1, None), (10, -2, None), (0, -1, None), (0, 0, None), (-3, -3, None),
                (3, 200, None), (2, 10, 7), (2, 10, -7), (-2, 3, 5), (2, -1, 7), (2, -1, 4), (3, -2, 11), (5, 3, 1),
                (5, 3, -1), (2, 3, 0), (7, 0, 5), (7, 0, 1), (10**20, 10**20, 10**9 + 7), (2, 10**400, None) if False else (2, 1000, None),
                (2**2000, -1, None), (-8, -1, None)]:
    add('intPow', a, b, m)

floats = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, -0.1, 1e300, -1e-300, inf, -inf, nan, 3.0, -3.0]
for x in floats:
    for y in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.3, -0.3, 3.0, inf, -inf, nan, 1e-300]:
        add('floatFloorDiv', x, y)
        add('floatMod', x, y)
        add('floatDivmod', x, y)
        add('floatTrueDiv', x, y)
for x in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 10.0, inf, -inf, nan, 1e300, -8.0]:
    for y in [0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, inf, -inf, nan, 400.0, 1e300, -2.0, 1/3]:
        add('floatPow', x, y)
for _ in range(300):
    add('floatPow', rng.uniform(0, 100), rng.uniform(-20, 20))
for _ in range(100):
    add('floatPow', 1 + rng.uniform(-1e-9, 1e-9), rng.uniform(-1e11, 1e11))
    add('floatPow', rng.uniform(0, 1e-300), rng.uniform(-1.1, 1.1))
    add('floatPow', float(rng.randint(2, 50)), float(rng.randint(-300, 300)))
    add('floatPow', rng.uniform(1, 2), rng.uniform(-1100, 1100))
    add('floatPow', rng.uniform(0.5, 2), float(rng.randint(-1100, 1100)))
    add('floatPow', rng.uniform(0, 10), float(rng.randint(-40, 40)))
    add('floatPow', rng.uniform(1e-200, 1e-150), float(rng.randint(-3, 8)))

# round
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e300, inf, -inf, nan, -0.0, 3.7, -3.7, 4503599627370497.0]:
    add('roundFloat', x)
for x in [2.675, 0.125, 0.375, -0.125, 1.005, 2.5, 12345.6789, -0.4, 0.4, 1e300, 1.7976931348623157e308, 5e-324, inf, nan, -0.0, 0.0,
          123.456, 1e-20, 0.5, 1.5, 15.0, 25.0, 35.0, -25.0, 1234567.891]:
    for nd in [0, 1, 2, 3, -1, -2, -3, 10, 17, 320, 400, -300, -308, -309, -400]:
        add('roundFloat', x, nd)
for _ in range(100):
    add('roundFloat', rng.uniform(-1000, 1000), rng.randint(-3, 8))
for a in [0, 5, 15, 25, -25, 35, 149, 150, 250, -150, 12345, 10**30 + 5 * 10**10, -(10**30) - 5 * 10**10]:
    for nd in [None, 0, 1, -1, -2, -3, -11]:
        add('roundInt', a, nd)

for x in [0.0, -0.0, 1.9, -1.9, 1e20, -1e300, inf, -inf, nan, 5e-324]:
    add('floatToInt', x)
    add('floatIsInteger', x)
    add('floatAsIntegerRatio', x)
for x in [0.1, 0.5, -0.75, 3.0, 1e-310, 1e300, 2.0**-1074]:
    add('floatAsIntegerRatio', x)
for a in [0, 1, -1, 255, 256, -256, 2**100, -(2**100) + 1]:
    add('intBitLength', a)

int_strings = ['0', '12', ' 12 ', '-12', '+12', '1_000', '1__000', '_1', '1_', '12a', '', ' ', '-', '+-1', '0x10', '0X1f', '0o17',
               '0b101', '0b', '0x_1f', '0x__1f', '010', '00', '0_0', '0_1', '٣', '１２', '\u200012\u3000', '1\n', 'z', '9' * 30,
               'a' * 250, '12.5', '1e5', '0b102', 'ZZ', '-0x10', '0 x10', 'inf']
for s in int_strings:
    for base in [10, 0, 16, 2, 8, 36]:
        add('intFromString', s, base)
for base in [1, 37, -1, 3]:
    add('intFromString', '12', base)
add('intFromString', '9' * 4301, 10)
add('intFromString', '9' * 4300, 10)
add('intFromString', 'f' * 5000, 16)
float_strings = ['0', '1.5', ' 1.5 ', '-1.5', '+.5', '5.', '.', '1e5', '1E-5', '1e', '1e+', 'inf', '-inf', 'INF', 'Infinity', '-infinity',
                 'infinit', 'nan', '-NaN', 'nan(1)', '1_000.5', '1__0', '1_.5', '1._5', '_1', '1e1_0', '0x10', '', '  ', 'abc',
                 '1.5.2', '١.٥', '1e400', '-1e400', '1e-400', '0.1', '2.675', '1,5', '12345678901234567890', '\t3\n']
for s in float_strings:
    add('floatFromString', s)

for a in [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 10**400, -(10**400), 2**1024, 3]:
    for x in [0.0, -0.0, 1.0, -1.0, 2.0**53, -(2.0**53), 1e308, -1e308, inf, -inf, nan, 0.5, 2.9999999999999996, 3.0000000000000004, 9007199254740994.0]:
        add('intFloatCompare', a, x)
for x in [0.0, -0.0, 1.0, -1.0, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, inf, -inf, nan, 3.5, 1/3]:
    add('floatHex', x)
    add('floatFromHex', x.hex())
for s in ['0x1p0', '1p0', '0x.8', '0x1.', '-0X1.8P+1', ' 0x1p-1074 ', '0x1p-1075', '0x3p-1076', '0x1.0000000000000fp0', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x1p1023', '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', 'inf', '-Infinity', 'nan',
          '', '0x', '0x.', 'x1', '0x1g', '0x1p', '1e5', '0x1_0', '0x0p99999', 'abc', '0x10000000000000000000000001p-100']:
    add('floatFromHex', s)

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'values', 'testdata', 'numbers.json')
with open(out, 'w') as f:
    f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases) + '\n]\n')
print(len(cases), 'cases ->', out)
