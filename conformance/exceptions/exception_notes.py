# add_note (3.11+) shows in tracebacks
try:
    raise ValueError('primary')
except ValueError as e:
    e.add_note('extra context line')
    print(e.__notes__)
    raise
