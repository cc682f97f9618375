# raise ... from None suppresses the context
try:
    {}['x']
except KeyError:
    raise ValueError('clean error') from None
