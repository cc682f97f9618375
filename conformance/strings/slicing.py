# string slicing with steps and negative indices
s = 'Python3.12'
print(s[0], s[-1], s[2:5], s[:3], s[3:], s[::2], s[::-1], s[-4:-1], s[100:], s[1:8:3], s[-1:-5:-1])
