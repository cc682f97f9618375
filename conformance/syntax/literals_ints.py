# integer literals: decimal, hex, octal, binary, underscores
print(0, 10, 0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(type(0x10).__name__, -0b1, +0o7)
