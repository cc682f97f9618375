# explicit and implicit line continuation, comments
total = 1 + \
        2 + \
        3
items = [
    1,  # one
    2,  # two
]
print(total, items, (
    'implicit'
    ' join'))
