# writing and reading a temp file, with encoding
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'notes.txt')
    with open(p, 'w', encoding='utf-8') as f:
        f.write('第一行\nsecond\n')
    with open(p, encoding='utf-8') as f:
        print(f.read().splitlines())
    with open(p, 'rb') as f:
        print(len(f.read()))
    print(os.path.exists(p), os.listdir(d))
