# sys.exit(n) sets the exit status silently
import sys
print('before exit')
sys.exit(3)
print('never')
