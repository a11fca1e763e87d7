# comprehension scoping: classes, closures, walrus, nested loops, generators
class K:
    n = 3
    squares = [i * i for i in range(3)]
    pairs = [(a, b) for a in range(2) for b in range(2) if a != b]
    table = {c: ord(c) for c in 'ab'}
    uniq = {x % 2 for x in range(5)}
    first = next(v for v in range(10) if v > 2)
    nested = [[j for j in range(i)] for i in range(3)]
print(K.squares, K.pairs, sorted(K.table.items()), sorted(K.uniq), K.first, K.nested)

def outer(m):
    fs = [lambda: i * m for i in range(3)]
    gs = [(lambda i=i: i * m) for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(outer(10))

def walrus_scope():
    vals = [last := v * 2 for v in range(4)]
    total = 0
    run = [total := total + v for v in vals]
    return vals, last, run, total
print(walrus_scope())

def gen_late(n):
    g = (x * n for x in range(3))
    n = 100
    return list(g)
print(gen_late(1))

def first_iter_eval():
    it = iter([1, 2, 3])
    r = [(a, b) for a in it for b in range(a)]
    return r
print(first_iter_eval())

x = 'global'
def shadowing():
    x = 'local'
    return [x for _ in range(1)], [x for x in ['inner']], x
print(shadowing(), x)

def cell_in_comp(y):
    r = [lambda: y + i for i in range(2)]
    y += 10
    return [f() for f in r]
print(cell_in_comp(1))

print(sorted({k: v for k, v in zip('cab', range(3))}.items()))
print(sum(x * y for x in range(10) if x % 2 for y in range(x) if y > 1))
print([[y for y in range(x) if y % 2] for x in range(6) if x > 2])
print(list(map(lambda t: t[0] * t[1], [(1, 2), (3, 4)])))
print("done")
