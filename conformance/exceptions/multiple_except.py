# multiple except clauses, tuples and bare except ordering
def f(x):
    try:
        return 10 / int(x)
    except (ValueError, TypeError) as e:
        return f'conversion: {type(e).__name__}'
    except ZeroDivisionError:
        return 'div by zero'
    except Exception:
        return 'other'
print(f('5'), f('a'), f(None), f('0'))
