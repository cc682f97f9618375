# printing and manipulating Chinese strings
s = '线程1卖出一张，剩19 张'
print(s, len(s), s[:3], s.split('，'), s.replace('线程', 'Thread'), '，'.join(['生产', '消费']))
print(f'{"主进程":>6}|{"进程":<4}|', '买到了面包 {}'.format('break0'))
