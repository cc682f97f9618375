# simple statements: pass, assignment chains, augmented, annotated, semicolons
x = y = 3; x += 2; y *= 4
z: int = 7
w: str
pass
a, b = 1, 2
a, b = b, a
print(x, y, z, a, b, __annotations__)
