# warnings: default filters, once per location, filters, catch_warnings(record), error action
import warnings
def old():
    warnings.warn('old', DeprecationWarning, stacklevel=2)
for _ in range(3):
    warnings.warn('repeated')
old(); old()
warnings.warn(RuntimeWarning('an instance'))
print([(a, c.__name__, m is None) for a, _, c, m, l in warnings.filters][:5])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('one'); warnings.warn('one'); warnings.warn('two', SyntaxWarning)
print(len(log), [str(w.message) for w in log], log[-1].category.__name__, log[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', repr(e))
warnings.filterwarnings('ignore', message='skip')
warnings.warn('skip me'); warnings.warn('SKIP too'); warnings.warn('shown')
warnings.simplefilter('once')
for i in range(2):
    warnings.warn('once only')
try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print('AssertionError', e)
try:
    warnings.warn('x', int)
except TypeError as e:
    print(e)
print('done')
