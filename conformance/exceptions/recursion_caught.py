# RecursionError caught and printed on one line
def forever(n):
    return forever(n + 1) + 1
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__ + ':', e)
print('still running')
