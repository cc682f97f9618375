# generator finally runs on close and on garbage collection of exhausted loop break
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print('finally ran')
for x in g():
    if x == 2:
        break
print('after loop')
it = g(); next(it); it.close(); print('closed')
