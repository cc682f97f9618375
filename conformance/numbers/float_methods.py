# float methods: is_integer, as_integer_ratio, hex, fromhex
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((1.0).hex(), float.fromhex('0x1.8p1'), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
