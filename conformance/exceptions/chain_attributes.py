# __cause__, __context__ and __suppress_context__ inspected
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('v') from e
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('w')
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
