# factorial of 60 and digit sums with big ints
import math
f = math.factorial(60)
print(f)
print(sum(int(d) for d in str(f)), f.bit_length())
