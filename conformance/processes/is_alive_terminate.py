# is_alive, terminate, exitcode -15
import multiprocessing, time
def sleeper():
    time.sleep(10)
if __name__ == '__main__':
    p = multiprocessing.Process(target=sleeper)
    print(p.is_alive(), p.exitcode)
    p.start()
    print(p.is_alive())
    p.terminate(); p.join()
    print(p.is_alive(), p.exitcode)
