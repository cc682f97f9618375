# Python 3.12 f-strings: reused quotes and nesting (PEP 701)
names = ['a', 'b']
print(f"{', '.join(names)}", f"{"nested"}", f"{f"{1+1}"}", f"{'\n'.join(names)}")
