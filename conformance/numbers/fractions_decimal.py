# fractions and decimal for exact arithmetic
from fractions import Fraction
from decimal import Decimal, getcontext
print(Fraction(1, 3) + Fraction(1, 6), Fraction('0.75'), Fraction(0.5), Fraction(3, 9).denominator)
print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), Decimal('1.005').quantize(Decimal('0.01')))
getcontext().prec = 5
print(Decimal(1) / Decimal(3), repr(Decimal('3.0')))
