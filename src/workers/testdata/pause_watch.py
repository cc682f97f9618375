# Two threads stop on an Event with locals of their own; the main thread sleeps,
# prints the Event's repr, then lets them print those locals' reprs (the truth the paused watch is held to).
import sys
import threading
import time

go = threading.Event()


def work(k):
    sq = k * k
    word = 'w' + str(k)
    items = [k, sq, None]
    go.wait()
    sys.stdout.write(' '.join([repr(k), repr(sq), repr(word), repr(items)]) + '\n')  # one write: the two threads' lines never interleave


ts = [threading.Thread(target=work, args=(k,)) for k in (2, 3)]
for t in ts:
    t.start()
time.sleep(2)
print('main', repr(go), len(go._cond._waiters))  # what the paused watch shows of the Event: its repr, the threads inside wait()
go.set()
for t in ts:
    t.join()
