# compound statements on one line and nested blocks
if True: print('one-line if')
for i in range(2): print('for', i)
while False: pass
else: print('while-else')
def f(): return 'def'
class C: attr = 'class'
print(f(), C.attr)
