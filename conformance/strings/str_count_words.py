# word frequency with split, lower, strip punctuation and sorted output
text = 'The quick brown fox. The lazy dog! the END, the end?'
words = [w.strip('.,!?').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f'{w:<6}{c:>3}')
