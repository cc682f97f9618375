# operator module functions
import operator as op
print(op.add(1, 2), op.mul('a', 3), op.itemgetter(1, 0)('xy'), op.attrgetter('real')(3 + 4j), op.methodcaller('upper')('q'), op.neg(5), op.contains([1], 1), op.truediv(7, 2))
