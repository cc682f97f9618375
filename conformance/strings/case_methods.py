# case conversion and predicates
s = 'hello World ßtraße'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Hello'.istitle(), 'ABC'.isupper(), 'x y'.isidentifier(), '٣'.isdecimal())
