from micropython import const
A = const(1)
B = const(A + 2)
_C = const(100)
D: int = const(5)
_E: int = const(0x40000000)
F = const(-1073741824)
G = const(2 ** 40)
H = const('str')
I = const(b'bytes')
J = const((1, 2, 3))
K = const(A << 3 | B)
_L = const(not A)
M = const(1.5) if 0 else 2
print(A, B, _C, D, _E, F, G, H, I, J, K, _L, M)
def f(x=B):
    return x + _C + A
print(f())
class X:
    Q = const(7)
    def m(self):
        return self.Q + _C
print(X().m())
print(globals().get('_C'), globals().get('A'))
if A:
    print('A true')
if not _L:
    print('L false')
while A - 1:
    pass
print("done")
