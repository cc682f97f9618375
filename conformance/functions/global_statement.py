# global statement vs local shadowing
x = 'global'
def read(): return x
def shadow():
    x = 'local'
    return x
def write():
    global x
    x = 'changed'
print(read(), shadow(), x); write(); print(x)
