f'hello'
# ---
f'{x}'
# ---
f'a{x}b{y}c'
# ---
f'{x!r}'
# ---
f'{x!s:>10}'
# ---
f'{x:>{width}}'
# ---
f'{x=}'
# ---
f'{x = }'
# ---
f'{x=!s}'
# ---
f'{x=:>10}'
# ---
f'{a["k"]}'
# ---
f"{a["k"]}"
# ---
f'{{literal}}'
# ---
f'{x:.2f} and {y:,}'
# ---
'plain' f'{x}' 'tail'
# ---
f'{x}' f'{y}'
# ---
f'{ x + 1 }'
# ---
f'{f"{x}"}'
# ---
F'{x}' rf'\d{y}'
# ---
f'{x:{a}.{b}}'
# ---
f'''multi
{x}
line'''
# ---
print(f'{name} got ticket {ticket}')
# ---
f'{a, b}'
# ---
f'{x:%Y-%m-%d}'
# ---
f'{"nested" + 'q'}'
# ---
x = 1
f'a {x=}'
f'{x!a} {x=} {x*2=} {x = :>5}'
