# start twice and join before start errors
import multiprocessing
def nothing(): pass
if __name__ == '__main__':
    p = multiprocessing.Process(target=nothing)
    try:
        p.join()
    except AssertionError as e:
        print('AssertionError:', e)
    p.start(); p.join()
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)
