# Condition.wait_for with predicate and timeout
import threading
cond = threading.Condition()
state = {'n': 0}
def bump():
    for _ in range(3):
        with cond:
            state['n'] += 1
            cond.notify()
with cond:
    print('timed out ->', cond.wait_for(lambda: state['n'] > 0, timeout=0.05))
t = threading.Thread(target=bump)
with cond:
    t.start()
    print('reached 3 ->', cond.wait_for(lambda: state['n'] == 3, timeout=5))
t.join()
with cond:
    print('wait timeout returns', cond.wait(timeout=0.01))
