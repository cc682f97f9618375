# f-string !r !s !a and = debugging specifier
s = 'café'
x = 10
print(f'{s!r} {s!s} {s!a} {x=} {x*2=} {s=!s} {x = :>5}')
