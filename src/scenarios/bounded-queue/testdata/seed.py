import multiprocessing
q=multiprocessing.Queue()
# 创建队列时可以指定最大的长度  默认值是0 表示不限长度
q=multiprocessing.Queue(5)  # 长度最多只有5个 够5个后就开始堵塞 直到取出队列中的元素才可以放入元素
print(q.full)  # 判断队列是否满了

# 往队列里放了 'how'  block=True 表示是堵塞的，如果队列满了就进行等待
q.put('how',block=True,timeout=3)
q.put_nowait()  # 不进行等待

q.get(block=True,time=10)  # block=True 表示是堵塞的，如果队列满了就进行等待
