# float and complex literals
print(1.5, .5, 5., 1e3, 1E-3, 1_0.0_1, 3.14j, 1+2j, 0j)
print(type(1e0).__name__, type(2j).__name__)
