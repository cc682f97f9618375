# default process names Process-N, current_process() in child, MainProcess
import multiprocessing
def show():
    print('child sees', multiprocessing.current_process().name)
if __name__ == '__main__':
    print(multiprocessing.current_process().name)
    ps = [multiprocessing.Process(target=show) for _ in range(2)]
    named = multiprocessing.Process(target=show, name='worker-A')
    print([p.name for p in ps], named.name)
    for p in ps + [named]:
        p.start(); p.join()
