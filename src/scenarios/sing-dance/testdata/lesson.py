import threading
import time

def sing():
    for i in range(50):
        time.sleep(0.1)
        print('sing')
        
def dance():
    for i in range(50):
        time.sleep(0.1)
        print('dance')

# target 需要的是一个函数，用来指定线程需要执行的任务
t1=threading.Thread(target=dance)  # 创建了线程1
t2=threading.Thread(target=sing)  # 创建了线程2
# 启动线程
t1.start()
t2.start()
