# warnings.warn prints to stderr with file and line
import warnings
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
    return 1
warnings.warn('a user warning')
print(old())
print('done')
