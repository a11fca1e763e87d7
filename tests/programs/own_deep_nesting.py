# deep nesting of blocks, functions, classes and expressions
trace = []
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): trace.append(self.n); return self.n
    def __exit__(self, *a): trace.append(-self.n)
def deep(n):
    total = 0
    for i0 in range(2):
        if n > 1 or total >= 0:
            w2 = 1
            while w2:
                w2 -= 1
                try:
                    with CM(4) as c4:
                        for i5 in range(2):
                            if n > 6 or total >= 0:
                                try:
                                    w8 = 1
                                    while w8:
                                        w8 -= 1
                                        with CM(9) as c9:
                                            for i10 in range(2):
                                                if n > 11 or total >= 0:
                                                    w12 = 1
                                                    while w12:
                                                        w12 -= 1
                                                        try:
                                                            with CM(14) as c14:
                                                                for i15 in range(2):
                                                                    if n > 16 or total >= 0:
                                                                        try:
                                                                            w18 = 1
                                                                            while w18:
                                                                                w18 -= 1
                                                                                with CM(19) as c19:
                                                                                    total += 1
                                                                                    if total % 7 == 3:
                                                                                        continue
                                                                                    if total > 200:
                                                                                        break
                                                                        except ZeroDivisionError:
                                                                            total -= 1000
                                                                        finally:
                                                                            total += 0
                                                        except ZeroDivisionError:
                                                            total -= 1000
                                                        finally:
                                                            total += 0
                                except ZeroDivisionError:
                                    total -= 1000
                                finally:
                                    total += 0
                except ZeroDivisionError:
                    total -= 1000
                finally:
                    total += 0
    return total
print(deep(5), len(trace), trace[:12])
def f0(a0):
    def f1(a1):
        def f2(a2):
            def f3(a3):
                def f4(a4):
                    def f5(a5):
                        def f6(a6):
                            def f7(a7):
                                def f8(a8):
                                    def f9(a9):
                                        def f10(a10):
                                            def f11(a11):
                                                def f12(a12):
                                                    def f13(a13):
                                                        def f14(a14):
                                                            def f15(a15):
                                                                def f16(a16):
                                                                    def f17(a17):
                                                                        def f18(a18):
                                                                            def f19(a19):
                                                                                return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19
                                                                            return f19(19)
                                                                        return f18(18)
                                                                    return f17(17)
                                                                return f16(16)
                                                            return f15(15)
                                                        return f14(14)
                                                    return f13(13)
                                                return f12(12)
                                            return f11(11)
                                        return f10(10)
                                    return f9(9)
                                return f8(8)
                            return f7(7)
                        return f6(6)
                    return f5(5)
                return f4(4)
            return f3(3)
        return f2(2)
    return f1(1)
print(f0(100))
class K0:
    class K1:
        v = 1
        class K2:
            v = 2
            class K3:
                v = 3
                class K4:
                    v = 4
                    class K5:
                        v = 5
                        class K6:
                            v = 6
                            class K7:
                                v = 7
                                class K8:
                                    v = 8
                                    class K9:
                                        v = 9
                                        class K10:
                                            v = 10
                                            class K11:
                                                v = 11
                                                class K12:
                                                    v = 12
                                                    class K13:
                                                        v = 13
                                                        class K14:
                                                            v = 14
                                                            def m(self): return __class__.__name__
print(K0.K1.K2.K3.K4.K5.K6.K7.K8.K9.K10.K11.K12.K13.K14().m(), K0.K1.K2.v)
x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1)
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[2]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = 0
def chain(v): return v if v < 0 else (v if v < 1 else (v if v < 2 else (v if v < 3 else (v if v < 4 else (v if v < 5 else (v if v < 6 else (v if v < 7 else (v if v < 8 else (v if v < 9 else (v if v < 10 else (v if v < 11 else (v if v < 12 else (v if v < 13 else (v if v < 14 else (v if v < 15 else (v if v < 16 else (v if v < 17 else (v if v < 18 else (v if v < 19 else (v if v < 20 else (v if v < 21 else (v if v < 22 else (v if v < 23 else (v if v < 24 else (v if v < 25 else (v if v < 26 else (v if v < 27 else (v if v < 28 else (v if v < 29 else (-1))))))))))))))))))))))))))))))
print(x, len(str(y)), chain(5), chain(100))
lam = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 42
r = lam
for _ in range(30): r = r()
print(r)
print([[[[[[a * b * c * d * e * f for f in range(2)] for e in range(2)] for d in range(2)] for c in range(2)] for b in range(2)] for a in range(2)][1][1][1][1][1])
print("done")
