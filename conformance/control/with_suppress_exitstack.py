# contextlib.suppress, ExitStack, nullcontext, redirect_stdout
from contextlib import suppress, ExitStack, nullcontext, redirect_stdout
import io
with suppress(ZeroDivisionError):
    1 / 0
    print('not printed')
print('suppressed')
with ExitStack() as st:
    for i in range(3):
        st.callback(print, 'cleanup', i)
    print('body')
with nullcontext(5) as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
