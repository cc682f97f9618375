# reading all of sys.stdin and summing numbers
import sys
data = sys.stdin.read().split()
print(len(data), sum(map(int, data)))
