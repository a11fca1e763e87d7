def g1():
    try:
        yield 1
        yield 2
    finally:
        print('fin g1')

for x in g1():
    print(x)
    break

def g2():
    try:
        try:
            yield 'a'
        finally:
            yield 'b'
    except GeneratorExit:
        pass
    yield 'c'
print(list(g2()))

def g3():
    x = yield
    while x:
        x = yield x * 2
g = g3(); next(g)
print(g.send(3), g.send(4))

def g4():
    r = yield from g5()
    yield r
def g5():
    yield 1
    return 'ret'
print(list(g4()))

def g6(n):
    for i in range(n):
        try:
            if i % 2:
                continue
            yield i
        finally:
            pass
print(list(g6(6)))

def g7():
    with open_cm() as v:
        yield v
class open_cm:
    def __enter__(self): return 'v'
    def __exit__(self, *a): print('cm exit')
print(list(g7()))

gen = (x * y for x in range(3) for y in range(3) if x != y)
print(list(gen))
print(sum(x for x in range(100)))
def g8():
    try:
        yield 1
    except ValueError as e:
        yield repr(e)
g = g8(); next(g)
print(g.throw(ValueError('t')))
print("done")
