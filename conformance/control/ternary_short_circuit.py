# short-circuit evaluation of and/or and conditional expressions
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(2) or t(3))
print(t(4) if t(False) else t(5))
print(all(t(x) for x in [1, 0, 2]))
