# time formatting of a fixed timestamp in UTC
import time
t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%a %b', time.gmtime(86400 * 365)))
