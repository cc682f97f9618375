# loop variables remain after loop; comprehension variables do not leak
for i in range(3):
    pass
print(i)
[j for j in range(5)]
try:
    j
except NameError as e:
    print(e)
