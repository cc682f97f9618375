# bare raise re-raises the current exception (uncaught)
def risky():
    return [][0]
try:
    risky()
except IndexError:
    print('logging then re-raising')
    raise
