# match mapping patterns with **rest
def handle(ev):
    match ev:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extra={rest}'
        case {'type': t}:
            return f'unknown {t}'
        case _:
            return 'not an event'
print(handle({'type': 'click', 'pos': (1, 2)}))
print(handle({'type': 'key', 'key': 'a', 'mod': 'shift'}))
print(handle({'type': 'scroll', 'x': 1}), handle(42))
