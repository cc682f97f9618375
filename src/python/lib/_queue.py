'''C implementation of the Python queue module.

In CPython `_queue` is C and holds Empty and SimpleQueue; queue.py imports them from here. Only
Empty lives here (SimpleQueue stays in queue.py, in Python): its home module is what a traceback
names, so `q.get_nowait()` on an empty queue ends in `_queue.Empty` as in CPython 3.12.
'''

__all__ = ['Empty']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass
