# io.StringIO as an in-memory file
import io
f = io.StringIO()
f.write('line1\n'); print('line2', file=f)
print(repr(f.getvalue()))
r = io.StringIO('a\nb\nc')
print(r.readline(), r.readlines(), [l for l in io.StringIO('x\ny')])
