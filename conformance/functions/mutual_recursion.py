# mutual recursion and memoised recursion with a dict
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))
memo = {}
def ways(n):
    if n <= 1: return 1
    if n not in memo: memo[n] = ways(n - 1) + ways(n - 2)
    return memo[n]
print(ways(90))
