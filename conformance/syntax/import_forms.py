# import statement forms
import math
import os.path as osp
from math import sqrt, pi as PI
from collections import (deque,
                         OrderedDict)
print(math.floor(2.7), sqrt(16), round(PI, 3), osp.basename('/a/b.txt'), deque([1]), OrderedDict(a=1))
