# inf and nan behaviour
inf = float('inf'); nan = float('nan')
print(inf, -inf, nan, inf - inf, inf * 0, 1 / inf, nan == nan, nan != nan, inf > 1e308)
print(float('-Infinity'), float('NaN'), 1e309, -1e309, 1e308 * 10)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
