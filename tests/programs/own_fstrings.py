x = 42
y = 'str'
z = 3.14159
d = {'k': 'v'}
l = [1, 2]
print(f'{x}')
print(f"{x!r} {y!r} {y!s}")
print(f'{x:>10}|{x:<5}|{x:^7}|{x:08d}|{x:x}|{x:#o}|{x:b}')
print(f'{z:.2f} {z:10.3f} {z:e} {z:g}')
print(f"{d['k']}")
print(f'{d["k"]}')
print(f'''{d['k']} {"a" + 'b'}''')
print(f"""{l[0]}""")
print(f'{{literal}} {{{x}}}')
print(f'{x}{y}{z}')
print(f'{x + 1} {x * 2:5}')
print(f'{"nested"!r:>12}')
w = 8
print(f'{x:{w}}')
print(f'{x:>{w}d}')
print(f'{y=}')
print(f'{x=:5}')
print(f'{x=!r}')
print(f'a' f'b' 'c' f'{x}')
print(f'{[i for i in range(3)]}')
print(f'{x if x else y}')
print(f'{x:{"<"}{w}}')
print(f'{x},{x}')
print(f'')
print(f'{d!r}')
print(f'{3.0:.0f}{x:,}')
print("done")
