# print to stdout and stderr from several places; streams checked separately
import sys
for i in range(3):
    print('out', i)
    print('err', i, file=sys.stderr)
sys.stderr.write('raw err\n')
