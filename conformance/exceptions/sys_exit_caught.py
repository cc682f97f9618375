# SystemExit can be caught; finally runs on exit; exit(0) and exit(None)
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    print('in try')
    sys.exit(0)
finally:
    print('finally before exit')
