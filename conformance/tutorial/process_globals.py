# tutorial: processes cannot share global variables
import multiprocessing
nums = [11, 22]
def add_num():
    nums.append(33)
    print('子进程 nums:', nums)
def read_num():
    print('另一个子进程 nums:', nums)
if __name__ == '__main__':
    p1 = multiprocessing.Process(target=add_num)
    p2 = multiprocessing.Process(target=read_num)
    p1.start(); p1.join()
    p2.start(); p2.join()
    print('主进程 nums:', nums)
