# time.sleep and clock differences printed as booleans
import time
t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
time.sleep(0.1)
dt, dp, dm = time.time() - t0, time.perf_counter() - p0, time.monotonic() - m0
print(dt >= 0.09, dp >= 0.09, dm >= 0.09, dm < 2)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
