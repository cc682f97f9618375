# caret markers under the failing part of a line
data = {'a': [1, 2, 3]}
def get(d):
    return d['a'][1] + d['b'][0]
print(get(data))
