# iterating over strings, enumerate, reversed, zip
for i, ch in enumerate('abc', 1):
    print(i, ch)
print(list(reversed('xyz')), list(zip('ab', 'cd')), [c * 2 for c in 'hi'], ''.join(sorted('python')))
