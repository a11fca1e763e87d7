class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s(x):
        return x * 2

class B(A):
    def f(self):
        return 'B>' + super().f()
    def g(self):
        return __class__.__name__
    @classmethod
    def c(cls):
        return 'B' + super().c()

class C(B):
    def f(self):
        r = super().f()
        def inner():
            return r + '!'
        return inner()
    l = [i * 2 for i in range(3)]
    d = {k: v for k, v in zip('ab', (1, 2))}
    st = {x for x in 'aab'}
    gl = list(x for x in range(2))

print(C().f(), C().g(), C.c(), C.s(4), C.l, sorted(C.d.items()), sorted(C.st), C.gl)

class D:
    x = 1
    y = x + 1
    def m(self, x=x):
        return x
    del x
print(D.y, D().m(), hasattr(D, 'x'))

class E:
    __slots = 3
    def get(self):
        return self.__slots
    def __priv(self):
        return 'priv'
    def call(self):
        return self.__priv()
print(E().get(), E().call())

class Meta:
    pass

def deco(cls):
    cls.tag = 'decorated'
    return cls

@deco
class F(Meta):
    """doc"""
    def __init__(self, *a, **k):
        self.a = a
        self.k = k
    def __repr__(self):
        return 'F(%r, %r)' % (self.a, sorted(self.k.items()))
print(F(1, 2, x=3), F.tag)

class G:
    def __init__(self):
        self.v = 0
    def __enter__(self):
        self.v += 1
        return self
    def __exit__(self, *a):
        self.v += 10
        return True
with G() as g:
    raise ValueError
print(g.v)

def make():
    class L:
        def m(self):
            return __class__
    return L
L = make()
print(L().m() is L)

class H:
    def __init__(self):
        super().__init__()
        self.z = 5
print(H().z)
print("done")
