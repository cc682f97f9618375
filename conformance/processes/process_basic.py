# multiprocessing.Process with args; child output before parent's join message
import multiprocessing
def greet(name, times):
    for i in range(times):
        print(f'hello {name} {i}')
if __name__ == '__main__':
    p = multiprocessing.Process(target=greet, args=('child', 2))
    p.start(); p.join()
    print('child exit code', p.exitcode)
