# bitwise operators on positive and negative ints
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, ~-1, 1 << 70, -16 >> 2, -1 >> 10)
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (0b10110).bit_count(), (-7).bit_count())
