# join(timeout) on a sleeping child; daemon flag
import multiprocessing, time
def nap():
    time.sleep(0.3)
if __name__ == '__main__':
    p = multiprocessing.Process(target=nap, daemon=True)
    p.start()
    p.join(timeout=0.05)
    print('alive after short join:', p.is_alive(), 'daemon:', p.daemon)
    p.join()
    print('exitcode', p.exitcode)
