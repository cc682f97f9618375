# common math functions
import math
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.gcd(12, 18), math.lcm(4, 6))
print(math.pi, math.e, math.tau, math.hypot(3, 4), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.sin(0), math.cos(math.pi), math.degrees(math.pi), math.radians(180), math.exp(1), math.copysign(3, -0.0))
