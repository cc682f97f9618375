# default start method on Linux for 3.12, cpu_count type, active_children after join
import multiprocessing, os
def nothing(): pass
if __name__ == '__main__':
    print(multiprocessing.get_start_method(), type(multiprocessing.cpu_count()).__name__, type(os.cpu_count()).__name__)
    p = multiprocessing.Process(target=nothing); p.start(); p.join()
    print(multiprocessing.active_children())
