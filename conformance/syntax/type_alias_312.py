# Python 3.12 type statement and generic function syntax (PEP 695)
type Point = tuple[float, float]
def first[T](xs: list[T]) -> T:
    return xs[0]
class Box[T]:
    def __init__(self, v: T): self.v = v
print(Point.__name__, Point.__value__, first([4, 5]), Box(3).v, Box.__type_params__)
