# invert a dict, group words by length, count with dict.get
words = ['apple', 'bob', 'cat', 'dover', 'eel']
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len, {v: k for k, v in {'a': 1, 'b': 2}.items()})
freq = {}
for ch in 'hello world':
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
