# math domain and overflow errors
import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.exp, 1000), (math.factorial, -1)]:
    try:
        f(arg)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
