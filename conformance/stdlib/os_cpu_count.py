# os.cpu_count type and os basics without machine-specific values
import os
n = os.cpu_count()
print(type(n).__name__, n >= 1, os.sep, os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'), os.path.dirname('/a/b/c'))
print(os.name, isinstance(os.getpid(), int), os.path.isabs('/x'))
