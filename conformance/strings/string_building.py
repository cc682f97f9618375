# building strings in loops and with join; str identity-free checks
parts = []
for i in range(5):
    parts.append(f'{i}:{chr(97 + i)}')
out = ', '.join(parts)
print(out, len(out), out.count(':'), out.upper().lower() == out)
acc = ''
for w in ['生产', '了', '面包']:
    acc += w
print(acc)
