# nested lists/dicts, shallow vs deep copy, aliasing
import copy
grid = [[0] * 3 for _ in range(2)]
bad = [[0] * 3] * 2
grid[0][0] = 1; bad[0][0] = 1
print(grid, bad)
a = {'k': [1, 2]}
s = copy.copy(a); d = copy.deepcopy(a)
a['k'].append(3)
print(s, d, s['k'] is a['k'], d['k'] is a['k'])
