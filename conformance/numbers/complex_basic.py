# complex numbers
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), z * 1j, z / 2, (1j) ** 2, complex(1, -1), complex('2+3j'))
