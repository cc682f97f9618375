# two threads alternate strictly using a Condition and a turn variable
import threading
cond = threading.Condition()
turn = 'ping'
def player(me, other):
    global turn
    for i in range(3):
        with cond:
            cond.wait_for(lambda: turn == me)
            print(me, i)
            turn = other
            cond.notify_all()
a = threading.Thread(target=player, args=('ping', 'pong'))
b = threading.Thread(target=player, args=('pong', 'ping'))
b.start(); a.start(); a.join(); b.join()
