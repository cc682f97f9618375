# int() with base 10 ValueError uncaught
age = int('twenty')
