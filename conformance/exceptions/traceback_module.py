# traceback.format_exc and print_exc to stdout
import traceback, sys
def boom():
    raise LookupError('deep')
try:
    boom()
except LookupError:
    text = traceback.format_exc()
    print(text.splitlines()[-1])
    print(len(text.splitlines()))
    traceback.print_exc(file=sys.stdout)
