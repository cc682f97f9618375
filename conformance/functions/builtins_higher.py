# sorted/min/max/map with function arguments, getattr/setattr
class O: pass
o = O()
setattr(o, 'v', 3)
print(getattr(o, 'v'), getattr(o, 'w', 'default'), hasattr(o, 'v'), vars(o))
delattr(o, 'v'); print(hasattr(o, 'v'))
print(list(map(str.upper, ['a', 'b'])), sorted(['bb', 'a', 'ccc'], key=len))
