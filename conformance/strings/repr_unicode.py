# repr and len of non-ASCII text including Chinese
for s in ['café', '线程', '多进程之间不能共享全局变量', 'emoji 🐍', '\u200b', 'é', 'e\u0301', '\ud800']:
    print(repr(s), len(s))
print(ascii('线程'), '线程'.encode('utf-8'), str('你好'), '你好'[1])
