# Processes in every state a Process's repr can show, at one moment (the MARK
# line): one never started, one joined, a daemon still running, one
# terminated, and the current process.
import multiprocessing
import time


def quick():
    pass


def slow():
    time.sleep(1000)


if __name__ == '__main__':
    fresh = multiprocessing.Process(target=quick)
    joined = multiprocessing.Process(target=quick, name='joined')
    daemon = multiprocessing.Process(target=slow, daemon=True)
    killed = multiprocessing.Process(target=slow, name='killed')
    joined.start()
    joined.join()
    daemon.start()
    killed.start()
    killed.terminate()
    killed.join()
    me = multiprocessing.current_process()
    done = True  # MARK
