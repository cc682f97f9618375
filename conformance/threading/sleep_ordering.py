# threads with sleeps far apart finish in sleep order
import threading, time
def nap(label, secs):
    time.sleep(secs)
    print(label, 'woke after', secs)
ts = [threading.Thread(target=nap, args=(l, s)) for l, s in [('slow', 0.35), ('fast', 0.05), ('mid', 0.2)]]
for t in ts: t.start()
for t in ts: t.join()
print('all done')
