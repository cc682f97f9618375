# atexit handlers run in reverse registration order after main code
import atexit
atexit.register(print, 'registered first, runs last')
atexit.register(print, 'registered second, runs first')
print('main body done')
