# float limits and int digit conversion limit
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
