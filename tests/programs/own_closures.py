def outer():
    a = 1
    b = 2
    def mid():
        nonlocal a
        c = 3
        def inner():
            nonlocal a, c
            a += 10
            c += 100
            return a + b + c
        r = inner()
        return r, a, c
    x = mid()
    return x, a

print(outer())

def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get

i, g = counter()
i(); i(5)
print(g())

def lam():
    fs = [lambda x, i=i: x + i for i in range(3)]
    gs = [lambda x: x + i for i in range(3)]
    return [f(10) for f in fs], [g(10) for g in gs]
print(lam())

def cell_param(a, b, *c, d, **e):
    def f():
        return a, b, c, d, e
    return f()
print(cell_param(1, 2, 3, 4, d=5, z=6))

def gen_closure():
    x = 0
    def g():
        nonlocal x
        while x < 3:
            x += 1
            yield x
    return list(g()), x
print(gen_closure())

def shadow():
    x = 'outer'
    class C:
        x = 'class'
    return x, C.x
print(shadow())

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                def l4():
                    return a
                return l4()
            return l3()
        return l2()
    return l1()
print(deep())

def del_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError:
        print('NameError')
del_cell()

g1 = 5
def glob():
    global g1
    g1 += 1
    def inner():
        global g1
        g1 *= 2
    inner()
    return g1
print(glob(), g1)
print("done")
