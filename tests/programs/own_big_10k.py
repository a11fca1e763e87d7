# generated: a 10,000-line module of varied statements
acc = 0
log = []

def fn0(a, b=73):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn0(5)) % 1000000007
class C1:
    base = 706
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1(15).get() + C1(1).neg) % 1000000007
def gen2(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 86576
        yield x
acc = (acc + sum(gen2(27))) % 1000000007
def tr3(v):
    try:
        if v > 40:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(3)
acc = (acc + tr3(0)) % 1000000007
def dc4():
    d = {'k0': 830, 'k1': 948, 'k2': 516, 'k3': 333}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc4()) % 1000000007
def cl5(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl5(13)) % 1000000007
def ex6(a, b):
    return (((((((87 ^ b) + a) + 637065550554) * 566134206486) - 131927332522) + b) & a)
acc = (acc + ex6(7, 47) % 1000003) % 1000000007
def st7(t='gefg hxyyfz cbeh  x'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st7()) % 1000000007
def fn8(a, b=87):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn8(18)) % 1000000007
class C9:
    base = 79
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C9(49).get() + C9(1).neg) % 1000000007
def gen10(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 62948
        yield x
acc = (acc + sum(gen10(5))) % 1000000007
def tr11(v):
    try:
        if v > 14:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(11)
acc = (acc + tr11(18)) % 1000000007
def dc12():
    d = {'k0': 610, 'k1': 755, 'k2': 574, 'k3': 897, 'k4': 582}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc12()) % 1000000007
def cl13(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl13(97)) % 1000000007
def ex14(a, b):
    return (((((((8 * 721059050180) + a) | b) ^ a) * 500091374674) & a) | a)
acc = (acc + ex14(84, 45) % 1000003) % 1000000007
def st15(t='zaybdcagcfg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st15()) % 1000000007
def fn16(a, b=18):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn16(9)) % 1000000007
class C17:
    base = 208
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C17(86).get() + C17(1).neg) % 1000000007
def gen18(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 39682
        yield x
acc = (acc + sum(gen18(14))) % 1000000007
def tr19(v):
    try:
        if v > 39:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(19)
acc = (acc + tr19(54)) % 1000000007
def dc20():
    d = {'k0': 805, 'k1': 958, 'k2': 383}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc20()) % 1000000007
def cl21(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl21(36)) % 1000000007
def ex22(a, b):
    return (((((((66 + 691040667599) - b) & 605230930677) * a) | b) * b) * b)
acc = (acc + ex22(80, 96) % 1000003) % 1000000007
def st23(t='cdbxhxbychafazcfeyyy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st23()) % 1000000007
def fn24(a, b=95):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn24(7)) % 1000000007
class C25:
    base = 136
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C25(96).get() + C25(1).neg) % 1000000007
def gen26(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 40733
        yield x
acc = (acc + sum(gen26(29))) % 1000000007
def tr27(v):
    try:
        if v > 19:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(27)
acc = (acc + tr27(70)) % 1000000007
def dc28():
    d = {'k0': 436, 'k1': 132, 'k2': 790, 'k3': 658}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc28()) % 1000000007
def cl29(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl29(83)) % 1000000007
def ex30(a, b):
    return (((((16 ^ 142431894661) - b) + 61308056003) + a) & a)
acc = (acc + ex30(29, 61) % 1000003) % 1000000007
def st31(t='aagxzeyhb adg dddfbxxhea'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st31()) % 1000000007
def fn32(a, b=20):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn32(10)) % 1000000007
class C33:
    base = 512
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C33(83).get() + C33(1).neg) % 1000000007
def gen34(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 11087
        yield x
acc = (acc + sum(gen34(29))) % 1000000007
def tr35(v):
    try:
        if v > 40:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(35)
acc = (acc + tr35(50)) % 1000000007
def dc36():
    d = {'k0': 126, 'k1': 220, 'k2': 792, 'k3': 281}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc36()) % 1000000007
def cl37(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl37(96)) % 1000000007
def ex38(a, b):
    return (((((((50 - a) - 128602919206) ^ a) & 85602285935) ^ 11438498892) & a) - 682130156320)
acc = (acc + ex38(6, 25) % 1000003) % 1000000007
def st39(t='fyzadh hxeydfzdddz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st39()) % 1000000007
def fn40(a, b=47):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn40(19)) % 1000000007
class C41:
    base = 611
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C41(58).get() + C41(1).neg) % 1000000007
def gen42(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 44258
        yield x
acc = (acc + sum(gen42(19))) % 1000000007
def tr43(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(43)
acc = (acc + tr43(26)) % 1000000007
def dc44():
    d = {'k0': 791, 'k1': 838, 'k2': 4, 'k3': 408, 'k4': 291}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc44()) % 1000000007
def cl45(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl45(88)) % 1000000007
def ex46(a, b):
    return ((((((30 + 1080513447008) & a) ^ b) * a) ^ 303534798098) & 739662317467)
acc = (acc + ex46(46, 25) % 1000003) % 1000000007
def st47(t='cfebf hyzdzcd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st47()) % 1000000007
def fn48(a, b=32):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn48(17)) % 1000000007
class C49:
    base = 739
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C49(92).get() + C49(1).neg) % 1000000007
print(49, acc)
def gen50(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46648
        yield x
acc = (acc + sum(gen50(22))) % 1000000007
def tr51(v):
    try:
        if v > 13:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(51)
acc = (acc + tr51(98)) % 1000000007
def dc52():
    d = {'k0': 327, 'k1': 354, 'k2': 929, 'k3': 874, 'k4': 281}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc52()) % 1000000007
def cl53(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl53(68)) % 1000000007
def ex54(a, b):
    return (((2 ^ a) | 557211482121) - 341873332978)
acc = (acc + ex54(58, 25) % 1000003) % 1000000007
def st55(t='gcyccxxyx dgedcc e'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st55()) % 1000000007
def fn56(a, b=14):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn56(16)) % 1000000007
class C57:
    base = 914
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C57(43).get() + C57(1).neg) % 1000000007
def gen58(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 1164
        yield x
acc = (acc + sum(gen58(16))) % 1000000007
def tr59(v):
    try:
        if v > 3:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(59)
acc = (acc + tr59(22)) % 1000000007
def dc60():
    d = {'k0': 745, 'k1': 881, 'k2': 81, 'k3': 830}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc60()) % 1000000007
def cl61(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl61(23)) % 1000000007
def ex62(a, b):
    return (((43 ^ a) + a) & 18847699213)
acc = (acc + ex62(27, 16) % 1000003) % 1000000007
def st63(t='dyh decchezd cgyxhfy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st63()) % 1000000007
def fn64(a, b=64):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn64(19)) % 1000000007
class C65:
    base = 596
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C65(7).get() + C65(1).neg) % 1000000007
def gen66(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 94191
        yield x
acc = (acc + sum(gen66(9))) % 1000000007
def tr67(v):
    try:
        if v > 3:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(67)
acc = (acc + tr67(80)) % 1000000007
def dc68():
    d = {'k0': 281, 'k1': 336, 'k2': 950}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc68()) % 1000000007
def cl69(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl69(61)) % 1000000007
def ex70(a, b):
    return ((((((6 - 302288290339) ^ a) ^ b) & 871881168916) | b) * 454250405448)
acc = (acc + ex70(18, 22) % 1000003) % 1000000007
def st71(t='f ezdg gzbfzzf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st71()) % 1000000007
def fn72(a, b=95):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn72(13)) % 1000000007
class C73:
    base = 456
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C73(28).get() + C73(1).neg) % 1000000007
def gen74(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 78788
        yield x
acc = (acc + sum(gen74(8))) % 1000000007
def tr75(v):
    try:
        if v > 37:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(75)
acc = (acc + tr75(90)) % 1000000007
def dc76():
    d = {'k0': 740, 'k1': 420}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc76()) % 1000000007
def cl77(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl77(7)) % 1000000007
def ex78(a, b):
    return (((93 * 774818841889) - a) & a)
acc = (acc + ex78(7, 56) % 1000003) % 1000000007
def st79(t='ggdcgyhfbhfdzxxa fbfx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st79()) % 1000000007
def fn80(a, b=58):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn80(8)) % 1000000007
class C81:
    base = 266
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C81(68).get() + C81(1).neg) % 1000000007
def gen82(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 44821
        yield x
acc = (acc + sum(gen82(22))) % 1000000007
def tr83(v):
    try:
        if v > 6:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(83)
acc = (acc + tr83(47)) % 1000000007
def dc84():
    d = {'k0': 177, 'k1': 698}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc84()) % 1000000007
def cl85(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl85(23)) % 1000000007
def ex86(a, b):
    return ((((11 & 1024924391829) * a) | a) ^ 792074256650)
acc = (acc + ex86(4, 11) % 1000003) % 1000000007
def st87(t='gfgcdea yyzxhzcexxbgcz f cxb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st87()) % 1000000007
def fn88(a, b=35):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn88(16)) % 1000000007
class C89:
    base = 365
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C89(55).get() + C89(1).neg) % 1000000007
def gen90(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 84474
        yield x
acc = (acc + sum(gen90(21))) % 1000000007
def tr91(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(91)
acc = (acc + tr91(83)) % 1000000007
def dc92():
    d = {'k0': 551, 'k1': 778, 'k2': 741, 'k3': 654}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc92()) % 1000000007
def cl93(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl93(54)) % 1000000007
def ex94(a, b):
    return ((((((17 - a) * b) - 86360587590) ^ 581068924501) & b) + a)
acc = (acc + ex94(59, 69) % 1000003) % 1000000007
def st95(t='zyhaaza'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st95()) % 1000000007
def fn96(a, b=88):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn96(13)) % 1000000007
class C97:
    base = 409
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C97(57).get() + C97(1).neg) % 1000000007
def gen98(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 41909
        yield x
acc = (acc + sum(gen98(12))) % 1000000007
def tr99(v):
    try:
        if v > 46:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(2)
acc = (acc + tr99(34)) % 1000000007
print(99, acc)
def dc100():
    d = {'k0': 939, 'k1': 168, 'k2': 870}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc100()) % 1000000007
def cl101(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl101(64)) % 1000000007
def ex102(a, b):
    return (((((((72 ^ 728589049147) | 784276141475) + a) ^ a) & 135797126596) | b) ^ a)
acc = (acc + ex102(96, 6) % 1000003) % 1000000007
def st103(t='befxz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st103()) % 1000000007
def fn104(a, b=6):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn104(9)) % 1000000007
class C105:
    base = 723
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C105(48).get() + C105(1).neg) % 1000000007
def gen106(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 84918
        yield x
acc = (acc + sum(gen106(26))) % 1000000007
def tr107(v):
    try:
        if v > 19:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(10)
acc = (acc + tr107(53)) % 1000000007
def dc108():
    d = {'k0': 563, 'k1': 261, 'k2': 410}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc108()) % 1000000007
def cl109(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl109(14)) % 1000000007
def ex110(a, b):
    return ((((30 + 627910724535) | a) - a) + a)
acc = (acc + ex110(30, 68) % 1000003) % 1000000007
def st111(t='ygzgbeaah  f dehecxxegfhac'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st111()) % 1000000007
def fn112(a, b=50):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn112(16)) % 1000000007
class C113:
    base = 681
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C113(84).get() + C113(1).neg) % 1000000007
def gen114(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 53352
        yield x
acc = (acc + sum(gen114(22))) % 1000000007
def tr115(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(18)
acc = (acc + tr115(54)) % 1000000007
def dc116():
    d = {'k0': 292, 'k1': 447, 'k2': 170, 'k3': 139}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc116()) % 1000000007
def cl117(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl117(26)) % 1000000007
def ex118(a, b):
    return (((((52 + b) + b) - a) ^ 969365836314) | 1028877153834)
acc = (acc + ex118(5, 88) % 1000003) % 1000000007
def st119(t='fehcfaah axdzhgeaxhcxfy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st119()) % 1000000007
def fn120(a, b=47):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn120(5)) % 1000000007
class C121:
    base = 722
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C121(19).get() + C121(1).neg) % 1000000007
def gen122(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 63124
        yield x
acc = (acc + sum(gen122(7))) % 1000000007
def tr123(v):
    try:
        if v > 49:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(26)
acc = (acc + tr123(49)) % 1000000007
def dc124():
    d = {'k0': 746, 'k1': 966, 'k2': 589, 'k3': 431, 'k4': 76}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc124()) % 1000000007
def cl125(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl125(76)) % 1000000007
def ex126(a, b):
    return ((((((31 - 433484381095) & 547166265087) ^ b) & 703595729307) ^ a) ^ b)
acc = (acc + ex126(19, 66) % 1000003) % 1000000007
def st127(t='cgccbbxydagzzggybeyygy eyc f'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st127()) % 1000000007
def fn128(a, b=59):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn128(14)) % 1000000007
class C129:
    base = 835
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C129(87).get() + C129(1).neg) % 1000000007
def gen130(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 59518
        yield x
acc = (acc + sum(gen130(17))) % 1000000007
def tr131(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(34)
acc = (acc + tr131(53)) % 1000000007
def dc132():
    d = {'k0': 716, 'k1': 580, 'k2': 760}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc132()) % 1000000007
def cl133(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl133(3)) % 1000000007
def ex134(a, b):
    return (((((((60 * b) + b) & a) ^ b) ^ b) | a) & 755412445786)
acc = (acc + ex134(84, 49) % 1000003) % 1000000007
def st135(t=' cehdafdybzceahhbx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st135()) % 1000000007
def fn136(a, b=69):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn136(9)) % 1000000007
class C137:
    base = 323
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C137(26).get() + C137(1).neg) % 1000000007
def gen138(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 57446
        yield x
acc = (acc + sum(gen138(26))) % 1000000007
def tr139(v):
    try:
        if v > 14:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(42)
acc = (acc + tr139(70)) % 1000000007
def dc140():
    d = {'k0': 727, 'k1': 806, 'k2': 897}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc140()) % 1000000007
def cl141(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl141(84)) % 1000000007
def ex142(a, b):
    return ((((50 ^ b) ^ b) & b) + b)
acc = (acc + ex142(69, 28) % 1000003) % 1000000007
def st143(t='byxxg cggehbafb bh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st143()) % 1000000007
def fn144(a, b=71):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn144(8)) % 1000000007
class C145:
    base = 340
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C145(85).get() + C145(1).neg) % 1000000007
def gen146(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 74809
        yield x
acc = (acc + sum(gen146(5))) % 1000000007
def tr147(v):
    try:
        if v > 46:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(50)
acc = (acc + tr147(91)) % 1000000007
def dc148():
    d = {'k0': 575, 'k1': 723, 'k2': 753, 'k3': 651, 'k4': 449}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc148()) % 1000000007
def cl149(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl149(21)) % 1000000007
print(149, acc)
def ex150(a, b):
    return ((((72 & 192888605992) | a) & 896536038229) | b)
acc = (acc + ex150(66, 46) % 1000003) % 1000000007
def st151(t='ygbzxebycxcaxgcyg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st151()) % 1000000007
def fn152(a, b=88):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn152(17)) % 1000000007
class C153:
    base = 649
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C153(11).get() + C153(1).neg) % 1000000007
def gen154(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 82541
        yield x
acc = (acc + sum(gen154(25))) % 1000000007
def tr155(v):
    try:
        if v > 29:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(58)
acc = (acc + tr155(19)) % 1000000007
def dc156():
    d = {'k0': 798, 'k1': 135, 'k2': 554, 'k3': 778, 'k4': 725}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc156()) % 1000000007
def cl157(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl157(16)) % 1000000007
def ex158(a, b):
    return (((((((38 & 906179368677) + b) - 210479156030) * b) | b) & b) & 460860513818)
acc = (acc + ex158(68, 22) % 1000003) % 1000000007
def st159(t='ah zeydhgx hbzhyfxd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st159()) % 1000000007
def fn160(a, b=13):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn160(10)) % 1000000007
class C161:
    base = 78
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C161(48).get() + C161(1).neg) % 1000000007
def gen162(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 2107
        yield x
acc = (acc + sum(gen162(5))) % 1000000007
def tr163(v):
    try:
        if v > 40:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(66)
acc = (acc + tr163(49)) % 1000000007
def dc164():
    d = {'k0': 885, 'k1': 51}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc164()) % 1000000007
def cl165(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl165(48)) % 1000000007
def ex166(a, b):
    return (((6 * 10807454354) & b) & 490645439950)
acc = (acc + ex166(78, 41) % 1000003) % 1000000007
def st167(t='yzcdbzcyxagacb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st167()) % 1000000007
def fn168(a, b=63):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn168(19)) % 1000000007
class C169:
    base = 72
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C169(77).get() + C169(1).neg) % 1000000007
def gen170(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 14546
        yield x
acc = (acc + sum(gen170(12))) % 1000000007
def tr171(v):
    try:
        if v > 16:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(74)
acc = (acc + tr171(64)) % 1000000007
def dc172():
    d = {'k0': 33, 'k1': 142, 'k2': 981, 'k3': 333}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc172()) % 1000000007
def cl173(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl173(8)) % 1000000007
def ex174(a, b):
    return ((((87 | b) * b) * 200708846303) | b)
acc = (acc + ex174(32, 20) % 1000003) % 1000000007
def st175(t='bffxafa'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st175()) % 1000000007
def fn176(a, b=46):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn176(15)) % 1000000007
class C177:
    base = 95
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C177(60).get() + C177(1).neg) % 1000000007
def gen178(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 94735
        yield x
acc = (acc + sum(gen178(9))) % 1000000007
def tr179(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(82)
acc = (acc + tr179(2)) % 1000000007
def dc180():
    d = {'k0': 945, 'k1': 126, 'k2': 383}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc180()) % 1000000007
def cl181(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl181(57)) % 1000000007
def ex182(a, b):
    return ((((75 + 741531770576) & b) ^ a) * b)
acc = (acc + ex182(54, 81) % 1000003) % 1000000007
def st183(t='yebyzeyfz  edef yxfy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st183()) % 1000000007
def fn184(a, b=27):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn184(6)) % 1000000007
class C185:
    base = 809
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C185(0).get() + C185(1).neg) % 1000000007
def gen186(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 88702
        yield x
acc = (acc + sum(gen186(21))) % 1000000007
def tr187(v):
    try:
        if v > 32:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(90)
acc = (acc + tr187(9)) % 1000000007
def dc188():
    d = {'k0': 68, 'k1': 921, 'k2': 855, 'k3': 307}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc188()) % 1000000007
def cl189(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl189(37)) % 1000000007
def ex190(a, b):
    return (((((9 - a) * 43287442625) + b) & a) ^ b)
acc = (acc + ex190(96, 65) % 1000003) % 1000000007
def st191(t='zy hdax'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st191()) % 1000000007
def fn192(a, b=24):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn192(5)) % 1000000007
class C193:
    base = 862
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C193(72).get() + C193(1).neg) % 1000000007
def gen194(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 59188
        yield x
acc = (acc + sum(gen194(8))) % 1000000007
def tr195(v):
    try:
        if v > 15:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(1)
acc = (acc + tr195(51)) % 1000000007
def dc196():
    d = {'k0': 418, 'k1': 339, 'k2': 312}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc196()) % 1000000007
def cl197(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl197(31)) % 1000000007
def ex198(a, b):
    return ((((((22 | b) ^ 816413007633) * a) & b) ^ 393214928326) * a)
acc = (acc + ex198(46, 46) % 1000003) % 1000000007
def st199(t='gy cbdz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st199()) % 1000000007
print(199, acc)
def fn200(a, b=61):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn200(11)) % 1000000007
class C201:
    base = 575
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C201(19).get() + C201(1).neg) % 1000000007
def gen202(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 78713
        yield x
acc = (acc + sum(gen202(8))) % 1000000007
def tr203(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(9)
acc = (acc + tr203(38)) % 1000000007
def dc204():
    d = {'k0': 552, 'k1': 794, 'k2': 162}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc204()) % 1000000007
def cl205(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl205(47)) % 1000000007
def ex206(a, b):
    return ((((12 | 3844592370) | a) - b) - a)
acc = (acc + ex206(77, 4) % 1000003) % 1000000007
def st207(t=' c gheazazfhxedgzghexeaexeezd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st207()) % 1000000007
def fn208(a, b=29):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn208(8)) % 1000000007
class C209:
    base = 618
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C209(57).get() + C209(1).neg) % 1000000007
def gen210(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 38647
        yield x
acc = (acc + sum(gen210(20))) % 1000000007
def tr211(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(17)
acc = (acc + tr211(65)) % 1000000007
def dc212():
    d = {'k0': 939, 'k1': 860}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc212()) % 1000000007
def cl213(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl213(60)) % 1000000007
def ex214(a, b):
    return (((11 ^ a) ^ a) | 38054591289)
acc = (acc + ex214(85, 84) % 1000003) % 1000000007
def st215(t='axfxcyh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st215()) % 1000000007
def fn216(a, b=34):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn216(14)) % 1000000007
class C217:
    base = 941
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C217(30).get() + C217(1).neg) % 1000000007
def gen218(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 92122
        yield x
acc = (acc + sum(gen218(8))) % 1000000007
def tr219(v):
    try:
        if v > 26:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(25)
acc = (acc + tr219(61)) % 1000000007
def dc220():
    d = {'k0': 24, 'k1': 373}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc220()) % 1000000007
def cl221(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl221(25)) % 1000000007
def ex222(a, b):
    return (((71 | a) | b) | 786826106495)
acc = (acc + ex222(72, 29) % 1000003) % 1000000007
def st223(t='bx az cd hgbecxaxfzz e'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st223()) % 1000000007
def fn224(a, b=56):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn224(11)) % 1000000007
class C225:
    base = 444
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C225(84).get() + C225(1).neg) % 1000000007
def gen226(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 78527
        yield x
acc = (acc + sum(gen226(22))) % 1000000007
def tr227(v):
    try:
        if v > 29:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(33)
acc = (acc + tr227(88)) % 1000000007
def dc228():
    d = {'k0': 512, 'k1': 584}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc228()) % 1000000007
def cl229(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl229(32)) % 1000000007
def ex230(a, b):
    return (((((((87 * a) | a) ^ a) & 839359741386) + b) - b) ^ 346337033409)
acc = (acc + ex230(21, 95) % 1000003) % 1000000007
def st231(t='zabff yaxfyzaacxzfefh '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st231()) % 1000000007
def fn232(a, b=44):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn232(8)) % 1000000007
class C233:
    base = 306
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C233(24).get() + C233(1).neg) % 1000000007
def gen234(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 86244
        yield x
acc = (acc + sum(gen234(4))) % 1000000007
def tr235(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(41)
acc = (acc + tr235(32)) % 1000000007
def dc236():
    d = {'k0': 653, 'k1': 115}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc236()) % 1000000007
def cl237(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl237(81)) % 1000000007
def ex238(a, b):
    return (((((((92 | b) + b) + 206641793379) * b) * 291830690324) + b) & 161072690989)
acc = (acc + ex238(29, 50) % 1000003) % 1000000007
def st239(t='azxby'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st239()) % 1000000007
def fn240(a, b=48):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn240(9)) % 1000000007
class C241:
    base = 352
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C241(20).get() + C241(1).neg) % 1000000007
def gen242(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 23026
        yield x
acc = (acc + sum(gen242(9))) % 1000000007
def tr243(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(49)
acc = (acc + tr243(81)) % 1000000007
def dc244():
    d = {'k0': 380, 'k1': 678}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc244()) % 1000000007
def cl245(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl245(56)) % 1000000007
def ex246(a, b):
    return (((((((41 ^ a) + 729848177517) ^ a) | 300045862914) & b) | b) & a)
acc = (acc + ex246(90, 82) % 1000003) % 1000000007
def st247(t='zhfdcxcaaadeddhggabaccccdf d'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st247()) % 1000000007
def fn248(a, b=97):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn248(13)) % 1000000007
class C249:
    base = 866
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C249(30).get() + C249(1).neg) % 1000000007
print(249, acc)
def gen250(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 21990
        yield x
acc = (acc + sum(gen250(26))) % 1000000007
def tr251(v):
    try:
        if v > 49:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(57)
acc = (acc + tr251(69)) % 1000000007
def dc252():
    d = {'k0': 660, 'k1': 899, 'k2': 844, 'k3': 683, 'k4': 190}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc252()) % 1000000007
def cl253(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl253(59)) % 1000000007
def ex254(a, b):
    return ((((((8 + 553478791354) | 755357263519) ^ a) ^ a) * a) & b)
acc = (acc + ex254(72, 69) % 1000003) % 1000000007
def st255(t='gexezeyayyzaeyga'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st255()) % 1000000007
def fn256(a, b=54):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn256(13)) % 1000000007
class C257:
    base = 647
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C257(98).get() + C257(1).neg) % 1000000007
def gen258(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 64815
        yield x
acc = (acc + sum(gen258(15))) % 1000000007
def tr259(v):
    try:
        if v > 36:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(65)
acc = (acc + tr259(13)) % 1000000007
def dc260():
    d = {'k0': 935, 'k1': 302, 'k2': 813}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc260()) % 1000000007
def cl261(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl261(48)) % 1000000007
def ex262(a, b):
    return ((((2 ^ 1069945549470) + b) & b) - 154045739364)
acc = (acc + ex262(8, 19) % 1000003) % 1000000007
def st263(t='bcchccfxyhfaxa'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st263()) % 1000000007
def fn264(a, b=61):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn264(10)) % 1000000007
class C265:
    base = 331
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C265(41).get() + C265(1).neg) % 1000000007
def gen266(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 87546
        yield x
acc = (acc + sum(gen266(5))) % 1000000007
def tr267(v):
    try:
        if v > 48:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(73)
acc = (acc + tr267(15)) % 1000000007
def dc268():
    d = {'k0': 503, 'k1': 144, 'k2': 499, 'k3': 957, 'k4': 374}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc268()) % 1000000007
def cl269(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl269(57)) % 1000000007
def ex270(a, b):
    return (((61 | b) & b) | 74365632327)
acc = (acc + ex270(52, 28) % 1000003) % 1000000007
def st271(t='yxzxacfexdhyzdccxydhxhbzzhga'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st271()) % 1000000007
def fn272(a, b=52):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn272(18)) % 1000000007
class C273:
    base = 889
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C273(40).get() + C273(1).neg) % 1000000007
def gen274(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 72887
        yield x
acc = (acc + sum(gen274(4))) % 1000000007
def tr275(v):
    try:
        if v > 36:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(81)
acc = (acc + tr275(84)) % 1000000007
def dc276():
    d = {'k0': 166, 'k1': 941, 'k2': 271}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc276()) % 1000000007
def cl277(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl277(11)) % 1000000007
def ex278(a, b):
    return (((91 + 879125429170) ^ 388597181062) + 747320531118)
acc = (acc + ex278(13, 95) % 1000003) % 1000000007
def st279(t='ahbdxyad'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st279()) % 1000000007
def fn280(a, b=8):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn280(15)) % 1000000007
class C281:
    base = 882
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C281(7).get() + C281(1).neg) % 1000000007
def gen282(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 63482
        yield x
acc = (acc + sum(gen282(24))) % 1000000007
def tr283(v):
    try:
        if v > 12:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(89)
acc = (acc + tr283(16)) % 1000000007
def dc284():
    d = {'k0': 259, 'k1': 261, 'k2': 823}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc284()) % 1000000007
def cl285(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl285(79)) % 1000000007
def ex286(a, b):
    return ((((94 ^ a) * b) - 320686602033) - b)
acc = (acc + ex286(34, 22) % 1000003) % 1000000007
def st287(t='dd cx  yc e'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st287()) % 1000000007
def fn288(a, b=64):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn288(17)) % 1000000007
class C289:
    base = 299
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C289(78).get() + C289(1).neg) % 1000000007
def gen290(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 34717
        yield x
acc = (acc + sum(gen290(15))) % 1000000007
def tr291(v):
    try:
        if v > 16:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(0)
acc = (acc + tr291(75)) % 1000000007
def dc292():
    d = {'k0': 447, 'k1': 573}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc292()) % 1000000007
def cl293(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl293(39)) % 1000000007
def ex294(a, b):
    return ((((6 * 672067462632) ^ a) * b) - b)
acc = (acc + ex294(57, 96) % 1000003) % 1000000007
def st295(t='yeeegz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st295()) % 1000000007
def fn296(a, b=83):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn296(15)) % 1000000007
class C297:
    base = 1
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C297(87).get() + C297(1).neg) % 1000000007
def gen298(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 90317
        yield x
acc = (acc + sum(gen298(23))) % 1000000007
def tr299(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(8)
acc = (acc + tr299(22)) % 1000000007
print(299, acc)
def dc300():
    d = {'k0': 427, 'k1': 716}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc300()) % 1000000007
def cl301(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl301(67)) % 1000000007
def ex302(a, b):
    return (((((((40 | b) * 508106825979) & 221895594794) + a) ^ 655938815855) + a) | a)
acc = (acc + ex302(62, 24) % 1000003) % 1000000007
def st303(t='xhzacx g yzaafebbf  byycx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st303()) % 1000000007
def fn304(a, b=30):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn304(16)) % 1000000007
class C305:
    base = 947
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C305(23).get() + C305(1).neg) % 1000000007
def gen306(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 3095
        yield x
acc = (acc + sum(gen306(10))) % 1000000007
def tr307(v):
    try:
        if v > 19:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(16)
acc = (acc + tr307(80)) % 1000000007
def dc308():
    d = {'k0': 151, 'k1': 745, 'k2': 100, 'k3': 30, 'k4': 442}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc308()) % 1000000007
def cl309(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl309(38)) % 1000000007
def ex310(a, b):
    return ((((((54 - 108884314540) * b) ^ a) - 73628756633) + 869775090143) * 828652075800)
acc = (acc + ex310(46, 88) % 1000003) % 1000000007
def st311(t='gbhcgbbc zegd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st311()) % 1000000007
def fn312(a, b=76):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn312(5)) % 1000000007
class C313:
    base = 633
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C313(67).get() + C313(1).neg) % 1000000007
def gen314(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 47717
        yield x
acc = (acc + sum(gen314(7))) % 1000000007
def tr315(v):
    try:
        if v > 7:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(24)
acc = (acc + tr315(55)) % 1000000007
def dc316():
    d = {'k0': 411, 'k1': 968, 'k2': 326, 'k3': 987, 'k4': 898}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc316()) % 1000000007
def cl317(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl317(80)) % 1000000007
def ex318(a, b):
    return ((((((80 - b) - a) + b) * 209141807363) ^ a) + a)
acc = (acc + ex318(62, 3) % 1000003) % 1000000007
def st319(t='cyyfxhxhbzxdabg dcy ecbyecf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st319()) % 1000000007
def fn320(a, b=28):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn320(15)) % 1000000007
class C321:
    base = 948
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C321(3).get() + C321(1).neg) % 1000000007
def gen322(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 26192
        yield x
acc = (acc + sum(gen322(16))) % 1000000007
def tr323(v):
    try:
        if v > 14:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(32)
acc = (acc + tr323(75)) % 1000000007
def dc324():
    d = {'k0': 890, 'k1': 881}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc324()) % 1000000007
def cl325(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl325(69)) % 1000000007
def ex326(a, b):
    return ((((84 ^ a) & b) + a) * 782921987517)
acc = (acc + ex326(51, 93) % 1000003) % 1000000007
def st327(t='yzeahhzzyhxd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st327()) % 1000000007
def fn328(a, b=43):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn328(19)) % 1000000007
class C329:
    base = 680
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C329(82).get() + C329(1).neg) % 1000000007
def gen330(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 15169
        yield x
acc = (acc + sum(gen330(14))) % 1000000007
def tr331(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(40)
acc = (acc + tr331(96)) % 1000000007
def dc332():
    d = {'k0': 750, 'k1': 318, 'k2': 192, 'k3': 647}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc332()) % 1000000007
def cl333(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl333(53)) % 1000000007
def ex334(a, b):
    return (((((98 * b) * b) ^ b) & b) ^ b)
acc = (acc + ex334(76, 77) % 1000003) % 1000000007
def st335(t='ey  zbxcd '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st335()) % 1000000007
def fn336(a, b=26):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn336(15)) % 1000000007
class C337:
    base = 525
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C337(87).get() + C337(1).neg) % 1000000007
def gen338(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 37946
        yield x
acc = (acc + sum(gen338(5))) % 1000000007
def tr339(v):
    try:
        if v > 31:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(48)
acc = (acc + tr339(81)) % 1000000007
def dc340():
    d = {'k0': 943, 'k1': 935}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc340()) % 1000000007
def cl341(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl341(68)) % 1000000007
def ex342(a, b):
    return (((((28 ^ 81547131077) & b) - a) + b) & b)
acc = (acc + ex342(20, 60) % 1000003) % 1000000007
def st343(t='cfxyybhyadcdhf dhffzzhbfxcbh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st343()) % 1000000007
def fn344(a, b=84):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn344(5)) % 1000000007
class C345:
    base = 35
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C345(6).get() + C345(1).neg) % 1000000007
def gen346(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 86280
        yield x
acc = (acc + sum(gen346(29))) % 1000000007
def tr347(v):
    try:
        if v > 18:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(56)
acc = (acc + tr347(8)) % 1000000007
def dc348():
    d = {'k0': 175, 'k1': 456, 'k2': 86}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc348()) % 1000000007
def cl349(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl349(77)) % 1000000007
print(349, acc)
def ex350(a, b):
    return (((((49 * 701186698848) | 524689527667) - b) + a) & 986887789522)
acc = (acc + ex350(13, 73) % 1000003) % 1000000007
def st351(t='x  zfzxbgczgab dcd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st351()) % 1000000007
def fn352(a, b=93):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn352(6)) % 1000000007
class C353:
    base = 215
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C353(40).get() + C353(1).neg) % 1000000007
def gen354(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 77853
        yield x
acc = (acc + sum(gen354(25))) % 1000000007
def tr355(v):
    try:
        if v > 24:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(64)
acc = (acc + tr355(30)) % 1000000007
def dc356():
    d = {'k0': 568, 'k1': 323, 'k2': 56, 'k3': 28}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc356()) % 1000000007
def cl357(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl357(39)) % 1000000007
def ex358(a, b):
    return (((((((17 * b) - b) - 127262379360) * a) ^ 957989861054) ^ a) + 572886293147)
acc = (acc + ex358(2, 75) % 1000003) % 1000000007
def st359(t=' y  xagygdebfdx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st359()) % 1000000007
def fn360(a, b=69):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn360(12)) % 1000000007
class C361:
    base = 818
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C361(69).get() + C361(1).neg) % 1000000007
def gen362(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 34078
        yield x
acc = (acc + sum(gen362(8))) % 1000000007
def tr363(v):
    try:
        if v > 14:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(72)
acc = (acc + tr363(5)) % 1000000007
def dc364():
    d = {'k0': 28, 'k1': 363, 'k2': 363, 'k3': 753, 'k4': 630}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc364()) % 1000000007
def cl365(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl365(53)) % 1000000007
def ex366(a, b):
    return (((((32 | a) & 1070183970637) + a) * 371682168747) & b)
acc = (acc + ex366(58, 14) % 1000003) % 1000000007
def st367(t='dhbbgxah efg yfcgzee'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st367()) % 1000000007
def fn368(a, b=40):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn368(18)) % 1000000007
class C369:
    base = 872
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C369(20).get() + C369(1).neg) % 1000000007
def gen370(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 41739
        yield x
acc = (acc + sum(gen370(14))) % 1000000007
def tr371(v):
    try:
        if v > 22:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(80)
acc = (acc + tr371(48)) % 1000000007
def dc372():
    d = {'k0': 323, 'k1': 960, 'k2': 607}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc372()) % 1000000007
def cl373(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl373(63)) % 1000000007
def ex374(a, b):
    return ((((((4 | 953210222493) * 561453351273) - a) * a) | b) | b)
acc = (acc + ex374(62, 12) % 1000003) % 1000000007
def st375(t='xydchxf bhec az'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st375()) % 1000000007
def fn376(a, b=23):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn376(14)) % 1000000007
class C377:
    base = 904
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C377(64).get() + C377(1).neg) % 1000000007
def gen378(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 15450
        yield x
acc = (acc + sum(gen378(11))) % 1000000007
def tr379(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(88)
acc = (acc + tr379(41)) % 1000000007
def dc380():
    d = {'k0': 770, 'k1': 765, 'k2': 368, 'k3': 621, 'k4': 772}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc380()) % 1000000007
def cl381(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl381(25)) % 1000000007
def ex382(a, b):
    return ((((((13 | a) + 946094703636) * 870128206749) - 58596431801) & 507333239111) & 713521213028)
acc = (acc + ex382(47, 65) % 1000003) % 1000000007
def st383(t='xagayhg dzggxz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st383()) % 1000000007
def fn384(a, b=57):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn384(19)) % 1000000007
class C385:
    base = 39
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C385(45).get() + C385(1).neg) % 1000000007
def gen386(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 68695
        yield x
acc = (acc + sum(gen386(16))) % 1000000007
def tr387(v):
    try:
        if v > 45:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(96)
acc = (acc + tr387(3)) % 1000000007
def dc388():
    d = {'k0': 305, 'k1': 870, 'k2': 765, 'k3': 612}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc388()) % 1000000007
def cl389(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl389(74)) % 1000000007
def ex390(a, b):
    return (((((96 | a) & b) - b) * a) | b)
acc = (acc + ex390(4, 37) % 1000003) % 1000000007
def st391(t='dcegcf h  aygydb ggaff xc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st391()) % 1000000007
def fn392(a, b=28):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn392(16)) % 1000000007
class C393:
    base = 698
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C393(48).get() + C393(1).neg) % 1000000007
def gen394(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 23443
        yield x
acc = (acc + sum(gen394(3))) % 1000000007
def tr395(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(7)
acc = (acc + tr395(65)) % 1000000007
def dc396():
    d = {'k0': 348, 'k1': 57, 'k2': 119, 'k3': 719, 'k4': 545}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc396()) % 1000000007
def cl397(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl397(84)) % 1000000007
def ex398(a, b):
    return ((((((20 & a) - a) * 433798586325) & a) - 56939483913) * a)
acc = (acc + ex398(45, 59) % 1000003) % 1000000007
def st399(t='ezdchxygye gxyc zdyh acbadb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st399()) % 1000000007
print(399, acc)
def fn400(a, b=14):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn400(14)) % 1000000007
class C401:
    base = 624
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C401(57).get() + C401(1).neg) % 1000000007
def gen402(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 17763
        yield x
acc = (acc + sum(gen402(24))) % 1000000007
def tr403(v):
    try:
        if v > 9:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(15)
acc = (acc + tr403(98)) % 1000000007
def dc404():
    d = {'k0': 475, 'k1': 744, 'k2': 472, 'k3': 804}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc404()) % 1000000007
def cl405(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl405(3)) % 1000000007
def ex406(a, b):
    return (((95 | b) - a) ^ a)
acc = (acc + ex406(89, 91) % 1000003) % 1000000007
def st407(t=' b hdgybz zgd ebdfya'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st407()) % 1000000007
def fn408(a, b=86):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn408(9)) % 1000000007
class C409:
    base = 334
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C409(86).get() + C409(1).neg) % 1000000007
def gen410(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 5622
        yield x
acc = (acc + sum(gen410(13))) % 1000000007
def tr411(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(23)
acc = (acc + tr411(35)) % 1000000007
def dc412():
    d = {'k0': 601, 'k1': 698, 'k2': 437}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc412()) % 1000000007
def cl413(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl413(17)) % 1000000007
def ex414(a, b):
    return ((((30 * 178053301178) | 81852902610) | b) * 276806680816)
acc = (acc + ex414(92, 84) % 1000003) % 1000000007
def st415(t='zhgbbabfxzxbhayyge '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st415()) % 1000000007
def fn416(a, b=17):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn416(7)) % 1000000007
class C417:
    base = 353
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C417(92).get() + C417(1).neg) % 1000000007
def gen418(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 84540
        yield x
acc = (acc + sum(gen418(5))) % 1000000007
def tr419(v):
    try:
        if v > 5:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(31)
acc = (acc + tr419(75)) % 1000000007
def dc420():
    d = {'k0': 716, 'k1': 192, 'k2': 774, 'k3': 953, 'k4': 261}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc420()) % 1000000007
def cl421(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl421(72)) % 1000000007
def ex422(a, b):
    return ((((85 - b) * b) * 770206753161) + 884542418750)
acc = (acc + ex422(20, 1) % 1000003) % 1000000007
def st423(t='zhxdbyfa'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st423()) % 1000000007
def fn424(a, b=68):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn424(14)) % 1000000007
class C425:
    base = 14
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C425(22).get() + C425(1).neg) % 1000000007
def gen426(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 17981
        yield x
acc = (acc + sum(gen426(4))) % 1000000007
def tr427(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(39)
acc = (acc + tr427(41)) % 1000000007
def dc428():
    d = {'k0': 66, 'k1': 642}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc428()) % 1000000007
def cl429(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl429(44)) % 1000000007
def ex430(a, b):
    return (((((((60 - 178270704185) & 964932725522) + a) + b) & b) * b) * b)
acc = (acc + ex430(65, 87) % 1000003) % 1000000007
def st431(t='axy gx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st431()) % 1000000007
def fn432(a, b=34):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn432(9)) % 1000000007
class C433:
    base = 649
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C433(91).get() + C433(1).neg) % 1000000007
def gen434(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 93047
        yield x
acc = (acc + sum(gen434(14))) % 1000000007
def tr435(v):
    try:
        if v > 30:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(47)
acc = (acc + tr435(71)) % 1000000007
def dc436():
    d = {'k0': 303, 'k1': 666, 'k2': 300}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc436()) % 1000000007
def cl437(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl437(27)) % 1000000007
def ex438(a, b):
    return ((((((24 | b) + a) * a) - b) & b) - b)
acc = (acc + ex438(27, 74) % 1000003) % 1000000007
def st439(t=' fbfx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st439()) % 1000000007
def fn440(a, b=1):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn440(16)) % 1000000007
class C441:
    base = 191
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C441(33).get() + C441(1).neg) % 1000000007
def gen442(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 47771
        yield x
acc = (acc + sum(gen442(21))) % 1000000007
def tr443(v):
    try:
        if v > 48:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(55)
acc = (acc + tr443(41)) % 1000000007
def dc444():
    d = {'k0': 125, 'k1': 704, 'k2': 49, 'k3': 893, 'k4': 144}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc444()) % 1000000007
def cl445(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl445(27)) % 1000000007
def ex446(a, b):
    return (((((12 ^ b) ^ 1076309372926) | 219185614995) ^ b) - a)
acc = (acc + ex446(58, 0) % 1000003) % 1000000007
def st447(t='yeyz dgadyyhhacc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st447()) % 1000000007
def fn448(a, b=26):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn448(9)) % 1000000007
class C449:
    base = 780
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C449(3).get() + C449(1).neg) % 1000000007
print(449, acc)
def gen450(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 23243
        yield x
acc = (acc + sum(gen450(21))) % 1000000007
def tr451(v):
    try:
        if v > 43:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(63)
acc = (acc + tr451(1)) % 1000000007
def dc452():
    d = {'k0': 574, 'k1': 966}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc452()) % 1000000007
def cl453(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl453(80)) % 1000000007
def ex454(a, b):
    return (((((((77 & 684754646550) + a) | 307966860465) | a) | b) + 872848975204) & a)
acc = (acc + ex454(89, 89) % 1000003) % 1000000007
def st455(t='dezzehhhhdgchzdzxgxzhc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st455()) % 1000000007
def fn456(a, b=16):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn456(19)) % 1000000007
class C457:
    base = 108
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C457(70).get() + C457(1).neg) % 1000000007
def gen458(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 85726
        yield x
acc = (acc + sum(gen458(11))) % 1000000007
def tr459(v):
    try:
        if v > 15:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(71)
acc = (acc + tr459(21)) % 1000000007
def dc460():
    d = {'k0': 155, 'k1': 438, 'k2': 32, 'k3': 66, 'k4': 560}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc460()) % 1000000007
def cl461(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl461(34)) % 1000000007
def ex462(a, b):
    return (((((86 | b) ^ a) | b) * b) + 581640129242)
acc = (acc + ex462(74, 24) % 1000003) % 1000000007
def st463(t='deydfe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st463()) % 1000000007
def fn464(a, b=52):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn464(19)) % 1000000007
class C465:
    base = 654
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C465(96).get() + C465(1).neg) % 1000000007
def gen466(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 32320
        yield x
acc = (acc + sum(gen466(19))) % 1000000007
def tr467(v):
    try:
        if v > 16:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(79)
acc = (acc + tr467(84)) % 1000000007
def dc468():
    d = {'k0': 553, 'k1': 136, 'k2': 336}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc468()) % 1000000007
def cl469(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl469(1)) % 1000000007
def ex470(a, b):
    return (((((1 + a) - a) - b) * b) | b)
acc = (acc + ex470(17, 1) % 1000003) % 1000000007
def st471(t='zaczgzygxzba'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st471()) % 1000000007
def fn472(a, b=91):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn472(14)) % 1000000007
class C473:
    base = 872
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C473(95).get() + C473(1).neg) % 1000000007
def gen474(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 11796
        yield x
acc = (acc + sum(gen474(15))) % 1000000007
def tr475(v):
    try:
        if v > 31:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(87)
acc = (acc + tr475(51)) % 1000000007
def dc476():
    d = {'k0': 935, 'k1': 802, 'k2': 844, 'k3': 149}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc476()) % 1000000007
def cl477(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl477(71)) % 1000000007
def ex478(a, b):
    return ((((39 - 390883962208) * b) & 985481420241) - b)
acc = (acc + ex478(86, 17) % 1000003) % 1000000007
def st479(t='axdgbhczbdgbfdabgg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st479()) % 1000000007
def fn480(a, b=71):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn480(18)) % 1000000007
class C481:
    base = 708
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C481(57).get() + C481(1).neg) % 1000000007
def gen482(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 9029
        yield x
acc = (acc + sum(gen482(12))) % 1000000007
def tr483(v):
    try:
        if v > 1:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(95)
acc = (acc + tr483(27)) % 1000000007
def dc484():
    d = {'k0': 332, 'k1': 418}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc484()) % 1000000007
def cl485(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl485(41)) % 1000000007
def ex486(a, b):
    return (((((40 | b) | b) ^ b) + a) + a)
acc = (acc + ex486(8, 66) % 1000003) % 1000000007
def st487(t='zcg abcxyfc ezdbac'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st487()) % 1000000007
def fn488(a, b=57):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn488(5)) % 1000000007
class C489:
    base = 451
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C489(80).get() + C489(1).neg) % 1000000007
def gen490(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 86219
        yield x
acc = (acc + sum(gen490(10))) % 1000000007
def tr491(v):
    try:
        if v > 25:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(6)
acc = (acc + tr491(63)) % 1000000007
def dc492():
    d = {'k0': 484, 'k1': 149}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc492()) % 1000000007
def cl493(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl493(34)) % 1000000007
def ex494(a, b):
    return (((((96 - a) - b) - 44174396404) ^ a) ^ a)
acc = (acc + ex494(70, 23) % 1000003) % 1000000007
def st495(t='c  xhexayayfbzyf '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st495()) % 1000000007
def fn496(a, b=81):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn496(12)) % 1000000007
class C497:
    base = 509
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C497(64).get() + C497(1).neg) % 1000000007
def gen498(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 40987
        yield x
acc = (acc + sum(gen498(26))) % 1000000007
def tr499(v):
    try:
        if v > 2:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(14)
acc = (acc + tr499(35)) % 1000000007
print(499, acc)
def dc500():
    d = {'k0': 307, 'k1': 627}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc500()) % 1000000007
def cl501(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl501(72)) % 1000000007
def ex502(a, b):
    return (((((((17 & b) & b) & 679394289690) + a) | 50359437791) ^ a) | b)
acc = (acc + ex502(39, 53) % 1000003) % 1000000007
def st503(t='zhhyyxgcd '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st503()) % 1000000007
def fn504(a, b=19):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn504(10)) % 1000000007
class C505:
    base = 15
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C505(61).get() + C505(1).neg) % 1000000007
def gen506(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 73289
        yield x
acc = (acc + sum(gen506(27))) % 1000000007
def tr507(v):
    try:
        if v > 43:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(22)
acc = (acc + tr507(85)) % 1000000007
def dc508():
    d = {'k0': 652, 'k1': 927, 'k2': 98, 'k3': 204}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc508()) % 1000000007
def cl509(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl509(84)) % 1000000007
def ex510(a, b):
    return (((91 * b) | b) ^ a)
acc = (acc + ex510(95, 55) % 1000003) % 1000000007
def st511(t='fdybxahgyyeey y zbcz e   bg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st511()) % 1000000007
def fn512(a, b=18):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn512(14)) % 1000000007
class C513:
    base = 678
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C513(26).get() + C513(1).neg) % 1000000007
def gen514(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 34044
        yield x
acc = (acc + sum(gen514(11))) % 1000000007
def tr515(v):
    try:
        if v > 24:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(30)
acc = (acc + tr515(84)) % 1000000007
def dc516():
    d = {'k0': 783, 'k1': 255}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc516()) % 1000000007
def cl517(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl517(20)) % 1000000007
def ex518(a, b):
    return (((70 - 96578027584) + b) | 683383899600)
acc = (acc + ex518(39, 50) % 1000003) % 1000000007
def st519(t='xfcxehxedhbyzeggzdbbdach'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st519()) % 1000000007
def fn520(a, b=46):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn520(15)) % 1000000007
class C521:
    base = 625
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C521(21).get() + C521(1).neg) % 1000000007
def gen522(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 14060
        yield x
acc = (acc + sum(gen522(22))) % 1000000007
def tr523(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(38)
acc = (acc + tr523(18)) % 1000000007
def dc524():
    d = {'k0': 329, 'k1': 185, 'k2': 649, 'k3': 675, 'k4': 523}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc524()) % 1000000007
def cl525(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl525(2)) % 1000000007
def ex526(a, b):
    return ((((((68 ^ a) | 136348053184) ^ b) * a) + 856739578163) ^ 262653255056)
acc = (acc + ex526(63, 72) % 1000003) % 1000000007
def st527(t='eyfexfdafcezcby f xhf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st527()) % 1000000007
def fn528(a, b=67):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn528(18)) % 1000000007
class C529:
    base = 31
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C529(37).get() + C529(1).neg) % 1000000007
def gen530(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 9309
        yield x
acc = (acc + sum(gen530(10))) % 1000000007
def tr531(v):
    try:
        if v > 8:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(46)
acc = (acc + tr531(34)) % 1000000007
def dc532():
    d = {'k0': 980, 'k1': 820}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc532()) % 1000000007
def cl533(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl533(83)) % 1000000007
def ex534(a, b):
    return (((((((37 ^ 228723722794) & 839694866960) * b) & a) + a) + 1004995567898) ^ b)
acc = (acc + ex534(72, 43) % 1000003) % 1000000007
def st535(t='bexeafzabzhdxbagxb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st535()) % 1000000007
def fn536(a, b=38):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn536(13)) % 1000000007
class C537:
    base = 685
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C537(75).get() + C537(1).neg) % 1000000007
def gen538(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 39153
        yield x
acc = (acc + sum(gen538(21))) % 1000000007
def tr539(v):
    try:
        if v > 47:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(54)
acc = (acc + tr539(18)) % 1000000007
def dc540():
    d = {'k0': 805, 'k1': 635}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc540()) % 1000000007
def cl541(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl541(10)) % 1000000007
def ex542(a, b):
    return (((((((1 & b) & b) ^ b) + a) & b) * 834047881175) - b)
acc = (acc + ex542(32, 61) % 1000003) % 1000000007
def st543(t='zz hbhdzbxheyfcxbcchzch f'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st543()) % 1000000007
def fn544(a, b=53):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn544(15)) % 1000000007
class C545:
    base = 669
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C545(3).get() + C545(1).neg) % 1000000007
def gen546(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 1264
        yield x
acc = (acc + sum(gen546(7))) % 1000000007
def tr547(v):
    try:
        if v > 48:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(62)
acc = (acc + tr547(30)) % 1000000007
def dc548():
    d = {'k0': 925, 'k1': 271}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc548()) % 1000000007
def cl549(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl549(53)) % 1000000007
print(549, acc)
def ex550(a, b):
    return (((((52 ^ b) ^ b) + b) & b) ^ b)
acc = (acc + ex550(28, 8) % 1000003) % 1000000007
def st551(t='zxxbcazfdxyeb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st551()) % 1000000007
def fn552(a, b=24):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn552(6)) % 1000000007
class C553:
    base = 104
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C553(89).get() + C553(1).neg) % 1000000007
def gen554(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 70341
        yield x
acc = (acc + sum(gen554(5))) % 1000000007
def tr555(v):
    try:
        if v > 13:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(70)
acc = (acc + tr555(5)) % 1000000007
def dc556():
    d = {'k0': 968, 'k1': 496, 'k2': 445, 'k3': 83, 'k4': 754}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc556()) % 1000000007
def cl557(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl557(5)) % 1000000007
def ex558(a, b):
    return (((12 + b) + 1045922296331) | a)
acc = (acc + ex558(57, 18) % 1000003) % 1000000007
def st559(t='gdxcybyy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st559()) % 1000000007
def fn560(a, b=31):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn560(9)) % 1000000007
class C561:
    base = 706
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C561(20).get() + C561(1).neg) % 1000000007
def gen562(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 9528
        yield x
acc = (acc + sum(gen562(17))) % 1000000007
def tr563(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(78)
acc = (acc + tr563(70)) % 1000000007
def dc564():
    d = {'k0': 855, 'k1': 33}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc564()) % 1000000007
def cl565(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl565(48)) % 1000000007
def ex566(a, b):
    return (((((60 ^ b) & 39465586082) & b) & 14020889146) + 795673396468)
acc = (acc + ex566(58, 91) % 1000003) % 1000000007
def st567(t='fgyybehgbdcdfxcgdbcz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st567()) % 1000000007
def fn568(a, b=92):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn568(5)) % 1000000007
class C569:
    base = 413
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C569(46).get() + C569(1).neg) % 1000000007
def gen570(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 48602
        yield x
acc = (acc + sum(gen570(12))) % 1000000007
def tr571(v):
    try:
        if v > 30:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(86)
acc = (acc + tr571(92)) % 1000000007
def dc572():
    d = {'k0': 777, 'k1': 441, 'k2': 20, 'k3': 145, 'k4': 169}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc572()) % 1000000007
def cl573(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl573(48)) % 1000000007
def ex574(a, b):
    return ((((((11 & a) ^ 551770297437) | b) - 37818028612) & 722023168863) | a)
acc = (acc + ex574(18, 11) % 1000003) % 1000000007
def st575(t='gdayfaayeyzxfafgcechg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st575()) % 1000000007
def fn576(a, b=93):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn576(10)) % 1000000007
class C577:
    base = 222
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C577(30).get() + C577(1).neg) % 1000000007
def gen578(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 73796
        yield x
acc = (acc + sum(gen578(4))) % 1000000007
def tr579(v):
    try:
        if v > 38:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(94)
acc = (acc + tr579(22)) % 1000000007
def dc580():
    d = {'k0': 511, 'k1': 623}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc580()) % 1000000007
def cl581(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl581(10)) % 1000000007
def ex582(a, b):
    return (((((((24 & 64879288659) | a) * 193277478761) + b) & a) & b) + b)
acc = (acc + ex582(84, 75) % 1000003) % 1000000007
def st583(t='gy hcdg hxc caaz ahdhbaa'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st583()) % 1000000007
def fn584(a, b=21):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn584(10)) % 1000000007
class C585:
    base = 587
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C585(44).get() + C585(1).neg) % 1000000007
def gen586(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 23228
        yield x
acc = (acc + sum(gen586(22))) % 1000000007
def tr587(v):
    try:
        if v > 38:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(5)
acc = (acc + tr587(14)) % 1000000007
def dc588():
    d = {'k0': 827, 'k1': 545, 'k2': 3, 'k3': 615, 'k4': 416}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc588()) % 1000000007
def cl589(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl589(66)) % 1000000007
def ex590(a, b):
    return (((((44 | a) - 414299436175) | 391941368614) - 670895537194) + b)
acc = (acc + ex590(86, 90) % 1000003) % 1000000007
def st591(t='azxe edgzdyxag'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st591()) % 1000000007
def fn592(a, b=66):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn592(14)) % 1000000007
class C593:
    base = 994
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C593(23).get() + C593(1).neg) % 1000000007
def gen594(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46278
        yield x
acc = (acc + sum(gen594(3))) % 1000000007
def tr595(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(13)
acc = (acc + tr595(49)) % 1000000007
def dc596():
    d = {'k0': 294, 'k1': 762}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc596()) % 1000000007
def cl597(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl597(89)) % 1000000007
def ex598(a, b):
    return (((3 + b) + a) & a)
acc = (acc + ex598(31, 32) % 1000003) % 1000000007
def st599(t='ahdzf zcdbfz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st599()) % 1000000007
print(599, acc)
def fn600(a, b=40):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn600(16)) % 1000000007
class C601:
    base = 249
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C601(81).get() + C601(1).neg) % 1000000007
def gen602(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 54940
        yield x
acc = (acc + sum(gen602(26))) % 1000000007
def tr603(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(21)
acc = (acc + tr603(64)) % 1000000007
def dc604():
    d = {'k0': 358, 'k1': 395, 'k2': 254, 'k3': 197, 'k4': 439}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc604()) % 1000000007
def cl605(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl605(7)) % 1000000007
def ex606(a, b):
    return (((12 * a) + 448311073109) + 173397134803)
acc = (acc + ex606(97, 56) % 1000003) % 1000000007
def st607(t='xbfgacahxfaxxd yafegfxe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st607()) % 1000000007
def fn608(a, b=30):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn608(9)) % 1000000007
class C609:
    base = 308
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C609(84).get() + C609(1).neg) % 1000000007
def gen610(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 43813
        yield x
acc = (acc + sum(gen610(29))) % 1000000007
def tr611(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(29)
acc = (acc + tr611(28)) % 1000000007
def dc612():
    d = {'k0': 482, 'k1': 100, 'k2': 868, 'k3': 548}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc612()) % 1000000007
def cl613(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl613(51)) % 1000000007
def ex614(a, b):
    return (((((49 * b) & b) | a) * 291509512910) | b)
acc = (acc + ex614(93, 91) % 1000003) % 1000000007
def st615(t='ad  a zfbbbzc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st615()) % 1000000007
def fn616(a, b=48):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn616(17)) % 1000000007
class C617:
    base = 503
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C617(6).get() + C617(1).neg) % 1000000007
def gen618(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 76068
        yield x
acc = (acc + sum(gen618(18))) % 1000000007
def tr619(v):
    try:
        if v > 43:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(37)
acc = (acc + tr619(92)) % 1000000007
def dc620():
    d = {'k0': 912, 'k1': 64}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc620()) % 1000000007
def cl621(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl621(55)) % 1000000007
def ex622(a, b):
    return ((((13 - b) ^ b) & b) & 115406769814)
acc = (acc + ex622(95, 95) % 1000003) % 1000000007
def st623(t='b ac z hhcdagfaagde'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st623()) % 1000000007
def fn624(a, b=0):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn624(7)) % 1000000007
class C625:
    base = 592
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C625(73).get() + C625(1).neg) % 1000000007
def gen626(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 72644
        yield x
acc = (acc + sum(gen626(4))) % 1000000007
def tr627(v):
    try:
        if v > 0:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(45)
acc = (acc + tr627(30)) % 1000000007
def dc628():
    d = {'k0': 640, 'k1': 910, 'k2': 571}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc628()) % 1000000007
def cl629(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl629(91)) % 1000000007
def ex630(a, b):
    return (((((((96 * 169500305788) * 960995073543) - a) + 137892565142) - a) & 624585008527) ^ 638584941554)
acc = (acc + ex630(88, 46) % 1000003) % 1000000007
def st631(t='gyayecxzdhbbd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st631()) % 1000000007
def fn632(a, b=1):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn632(16)) % 1000000007
class C633:
    base = 360
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C633(52).get() + C633(1).neg) % 1000000007
def gen634(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 66712
        yield x
acc = (acc + sum(gen634(23))) % 1000000007
def tr635(v):
    try:
        if v > 38:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(53)
acc = (acc + tr635(87)) % 1000000007
def dc636():
    d = {'k0': 793, 'k1': 870}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc636()) % 1000000007
def cl637(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl637(6)) % 1000000007
def ex638(a, b):
    return ((((((22 & b) ^ 356474019353) ^ b) | a) & a) | b)
acc = (acc + ex638(70, 3) % 1000003) % 1000000007
def st639(t='xyybzf c b cfhxhafh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st639()) % 1000000007
def fn640(a, b=8):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn640(18)) % 1000000007
class C641:
    base = 737
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C641(0).get() + C641(1).neg) % 1000000007
def gen642(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 35204
        yield x
acc = (acc + sum(gen642(27))) % 1000000007
def tr643(v):
    try:
        if v > 30:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(61)
acc = (acc + tr643(73)) % 1000000007
def dc644():
    d = {'k0': 258, 'k1': 43, 'k2': 376}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc644()) % 1000000007
def cl645(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl645(58)) % 1000000007
def ex646(a, b):
    return ((((((56 + b) | b) - b) * b) ^ a) - a)
acc = (acc + ex646(71, 42) % 1000003) % 1000000007
def st647(t='fhyczdfyd  cdxczxcbxfe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st647()) % 1000000007
def fn648(a, b=37):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn648(18)) % 1000000007
class C649:
    base = 481
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C649(42).get() + C649(1).neg) % 1000000007
print(649, acc)
def gen650(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 54148
        yield x
acc = (acc + sum(gen650(23))) % 1000000007
def tr651(v):
    try:
        if v > 20:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(69)
acc = (acc + tr651(94)) % 1000000007
def dc652():
    d = {'k0': 858, 'k1': 587, 'k2': 635}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc652()) % 1000000007
def cl653(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl653(74)) % 1000000007
def ex654(a, b):
    return (((((((28 & 495655746689) | a) + 677894273877) ^ 923220288170) - b) - b) + 73137321686)
acc = (acc + ex654(57, 75) % 1000003) % 1000000007
def st655(t='gcazgcc eadbahd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st655()) % 1000000007
def fn656(a, b=58):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn656(14)) % 1000000007
class C657:
    base = 565
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C657(29).get() + C657(1).neg) % 1000000007
def gen658(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 12910
        yield x
acc = (acc + sum(gen658(19))) % 1000000007
def tr659(v):
    try:
        if v > 5:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(77)
acc = (acc + tr659(45)) % 1000000007
def dc660():
    d = {'k0': 856, 'k1': 88}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc660()) % 1000000007
def cl661(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl661(54)) % 1000000007
def ex662(a, b):
    return (((((60 & b) ^ a) - b) & a) & a)
acc = (acc + ex662(11, 5) % 1000003) % 1000000007
def st663(t='ggg dezh zaafgehdafadzccfb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st663()) % 1000000007
def fn664(a, b=17):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn664(11)) % 1000000007
class C665:
    base = 631
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C665(28).get() + C665(1).neg) % 1000000007
def gen666(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 28934
        yield x
acc = (acc + sum(gen666(11))) % 1000000007
def tr667(v):
    try:
        if v > 29:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(85)
acc = (acc + tr667(70)) % 1000000007
def dc668():
    d = {'k0': 467, 'k1': 366, 'k2': 72, 'k3': 737, 'k4': 586}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc668()) % 1000000007
def cl669(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl669(91)) % 1000000007
def ex670(a, b):
    return ((((((40 * a) * b) | 561508841640) ^ b) | 70512699305) + b)
acc = (acc + ex670(32, 11) % 1000003) % 1000000007
def st671(t='ddeh ecgf dbxdghydxyd dg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st671()) % 1000000007
def fn672(a, b=98):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn672(14)) % 1000000007
class C673:
    base = 223
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C673(81).get() + C673(1).neg) % 1000000007
def gen674(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 83662
        yield x
acc = (acc + sum(gen674(26))) % 1000000007
def tr675(v):
    try:
        if v > 2:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(93)
acc = (acc + tr675(62)) % 1000000007
def dc676():
    d = {'k0': 282, 'k1': 849, 'k2': 280, 'k3': 39}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc676()) % 1000000007
def cl677(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl677(50)) % 1000000007
def ex678(a, b):
    return (((((9 & 214948435298) | a) | b) - 782642344880) - b)
acc = (acc + ex678(73, 96) % 1000003) % 1000000007
def st679(t='gfdcyagbddehbg fcfchxfg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st679()) % 1000000007
def fn680(a, b=75):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn680(5)) % 1000000007
class C681:
    base = 409
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C681(46).get() + C681(1).neg) % 1000000007
def gen682(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 24908
        yield x
acc = (acc + sum(gen682(19))) % 1000000007
def tr683(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(4)
acc = (acc + tr683(57)) % 1000000007
def dc684():
    d = {'k0': 417, 'k1': 295}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc684()) % 1000000007
def cl685(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl685(7)) % 1000000007
def ex686(a, b):
    return (((((77 & 1019888651352) | 750100998009) + a) | 590613877392) - b)
acc = (acc + ex686(26, 2) % 1000003) % 1000000007
def st687(t='e d ya fxga ahgbxgcxyaxaxgf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st687()) % 1000000007
def fn688(a, b=80):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn688(12)) % 1000000007
class C689:
    base = 369
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C689(41).get() + C689(1).neg) % 1000000007
def gen690(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 26460
        yield x
acc = (acc + sum(gen690(13))) % 1000000007
def tr691(v):
    try:
        if v > 26:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(12)
acc = (acc + tr691(69)) % 1000000007
def dc692():
    d = {'k0': 230, 'k1': 252}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc692()) % 1000000007
def cl693(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl693(63)) % 1000000007
def ex694(a, b):
    return (((((((13 + 571661736073) ^ 919859722439) * b) | b) ^ a) * b) - 785069784492)
acc = (acc + ex694(23, 38) % 1000003) % 1000000007
def st695(t='bgxgcbabch zxehxcyaxdfxbffgy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st695()) % 1000000007
def fn696(a, b=83):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn696(14)) % 1000000007
class C697:
    base = 311
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C697(79).get() + C697(1).neg) % 1000000007
def gen698(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46305
        yield x
acc = (acc + sum(gen698(14))) % 1000000007
def tr699(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(20)
acc = (acc + tr699(10)) % 1000000007
print(699, acc)
def dc700():
    d = {'k0': 650, 'k1': 109, 'k2': 972, 'k3': 112, 'k4': 836}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc700()) % 1000000007
def cl701(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl701(34)) % 1000000007
def ex702(a, b):
    return (((11 - a) + b) * 332294848452)
acc = (acc + ex702(84, 18) % 1000003) % 1000000007
def st703(t='bdg gxyzgdfz  ezy c zxgh x'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st703()) % 1000000007
def fn704(a, b=38):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn704(12)) % 1000000007
class C705:
    base = 104
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C705(37).get() + C705(1).neg) % 1000000007
def gen706(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 33580
        yield x
acc = (acc + sum(gen706(14))) % 1000000007
def tr707(v):
    try:
        if v > 32:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(28)
acc = (acc + tr707(13)) % 1000000007
def dc708():
    d = {'k0': 409, 'k1': 559, 'k2': 67, 'k3': 229, 'k4': 947}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc708()) % 1000000007
def cl709(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl709(16)) % 1000000007
def ex710(a, b):
    return ((((56 + 680645464001) * 568094171383) | b) | a)
acc = (acc + ex710(53, 95) % 1000003) % 1000000007
def st711(t='dabxebbyzfhc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st711()) % 1000000007
def fn712(a, b=94):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn712(15)) % 1000000007
class C713:
    base = 267
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C713(64).get() + C713(1).neg) % 1000000007
def gen714(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 64570
        yield x
acc = (acc + sum(gen714(16))) % 1000000007
def tr715(v):
    try:
        if v > 25:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(36)
acc = (acc + tr715(39)) % 1000000007
def dc716():
    d = {'k0': 438, 'k1': 252, 'k2': 995, 'k3': 383, 'k4': 2}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc716()) % 1000000007
def cl717(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl717(43)) % 1000000007
def ex718(a, b):
    return (((((((79 ^ a) + 912251300843) + a) ^ b) - b) - 186643547088) | b)
acc = (acc + ex718(35, 52) % 1000003) % 1000000007
def st719(t='ea zzzbyddygaxcgzaaxd '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st719()) % 1000000007
def fn720(a, b=43):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn720(11)) % 1000000007
class C721:
    base = 48
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C721(51).get() + C721(1).neg) % 1000000007
def gen722(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 82801
        yield x
acc = (acc + sum(gen722(21))) % 1000000007
def tr723(v):
    try:
        if v > 30:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(44)
acc = (acc + tr723(45)) % 1000000007
def dc724():
    d = {'k0': 761, 'k1': 563, 'k2': 455}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc724()) % 1000000007
def cl725(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl725(20)) % 1000000007
def ex726(a, b):
    return (((80 ^ a) * a) - 279648797514)
acc = (acc + ex726(90, 28) % 1000003) % 1000000007
def st727(t='eabbggczeeyfggfdag'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st727()) % 1000000007
def fn728(a, b=93):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn728(11)) % 1000000007
class C729:
    base = 755
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C729(60).get() + C729(1).neg) % 1000000007
def gen730(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 36670
        yield x
acc = (acc + sum(gen730(19))) % 1000000007
def tr731(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(52)
acc = (acc + tr731(48)) % 1000000007
def dc732():
    d = {'k0': 453, 'k1': 875, 'k2': 514, 'k3': 508, 'k4': 362}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc732()) % 1000000007
def cl733(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl733(36)) % 1000000007
def ex734(a, b):
    return (((57 + b) - b) | 91920851318)
acc = (acc + ex734(28, 68) % 1000003) % 1000000007
def st735(t='ggbbbfc fcagfy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st735()) % 1000000007
def fn736(a, b=96):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn736(12)) % 1000000007
class C737:
    base = 993
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C737(37).get() + C737(1).neg) % 1000000007
def gen738(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 32266
        yield x
acc = (acc + sum(gen738(23))) % 1000000007
def tr739(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(60)
acc = (acc + tr739(88)) % 1000000007
def dc740():
    d = {'k0': 78, 'k1': 998, 'k2': 371, 'k3': 888}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc740()) % 1000000007
def cl741(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl741(19)) % 1000000007
def ex742(a, b):
    return (((((((73 * 110339314855) + b) ^ b) | 170478172614) - b) & b) ^ 729905304901)
acc = (acc + ex742(74, 43) % 1000003) % 1000000007
def st743(t='h gfxdcezgcexaxcxcdyh dx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st743()) % 1000000007
def fn744(a, b=63):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn744(15)) % 1000000007
class C745:
    base = 130
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C745(67).get() + C745(1).neg) % 1000000007
def gen746(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 80029
        yield x
acc = (acc + sum(gen746(13))) % 1000000007
def tr747(v):
    try:
        if v > 1:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(68)
acc = (acc + tr747(7)) % 1000000007
def dc748():
    d = {'k0': 912, 'k1': 40, 'k2': 614, 'k3': 367}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc748()) % 1000000007
def cl749(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl749(23)) % 1000000007
print(749, acc)
def ex750(a, b):
    return (((((52 ^ b) & 220439157001) | 943216948692) * 538548434493) & b)
acc = (acc + ex750(49, 14) % 1000003) % 1000000007
def st751(t='fegdffxhb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st751()) % 1000000007
def fn752(a, b=32):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn752(18)) % 1000000007
class C753:
    base = 101
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C753(88).get() + C753(1).neg) % 1000000007
def gen754(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 31237
        yield x
acc = (acc + sum(gen754(11))) % 1000000007
def tr755(v):
    try:
        if v > 26:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(76)
acc = (acc + tr755(88)) % 1000000007
def dc756():
    d = {'k0': 637, 'k1': 198, 'k2': 545, 'k3': 846, 'k4': 892}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc756()) % 1000000007
def cl757(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl757(62)) % 1000000007
def ex758(a, b):
    return (((((((49 - b) + a) * a) - 730679535996) * 28668775730) - a) | 1022677921878)
acc = (acc + ex758(45, 43) % 1000003) % 1000000007
def st759(t='gzgxbb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st759()) % 1000000007
def fn760(a, b=79):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn760(11)) % 1000000007
class C761:
    base = 210
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C761(78).get() + C761(1).neg) % 1000000007
def gen762(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 13691
        yield x
acc = (acc + sum(gen762(29))) % 1000000007
def tr763(v):
    try:
        if v > 1:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(84)
acc = (acc + tr763(62)) % 1000000007
def dc764():
    d = {'k0': 764, 'k1': 365, 'k2': 67, 'k3': 571}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc764()) % 1000000007
def cl765(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl765(26)) % 1000000007
def ex766(a, b):
    return (((32 * a) & 22936852508) & b)
acc = (acc + ex766(26, 44) % 1000003) % 1000000007
def st767(t='ffgchxaayagb '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st767()) % 1000000007
def fn768(a, b=86):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn768(18)) % 1000000007
class C769:
    base = 571
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C769(17).get() + C769(1).neg) % 1000000007
def gen770(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 92884
        yield x
acc = (acc + sum(gen770(25))) % 1000000007
def tr771(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(92)
acc = (acc + tr771(6)) % 1000000007
def dc772():
    d = {'k0': 613, 'k1': 64, 'k2': 26}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc772()) % 1000000007
def cl773(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl773(55)) % 1000000007
def ex774(a, b):
    return (((60 * b) & a) + 234649130886)
acc = (acc + ex774(74, 14) % 1000003) % 1000000007
def st775(t='xccdefhgebfbxf   adeyhzycgcd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st775()) % 1000000007
def fn776(a, b=43):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn776(11)) % 1000000007
class C777:
    base = 921
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C777(48).get() + C777(1).neg) % 1000000007
def gen778(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 7498
        yield x
acc = (acc + sum(gen778(13))) % 1000000007
def tr779(v):
    try:
        if v > 16:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(3)
acc = (acc + tr779(6)) % 1000000007
def dc780():
    d = {'k0': 368, 'k1': 543, 'k2': 706, 'k3': 184}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc780()) % 1000000007
def cl781(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl781(36)) % 1000000007
def ex782(a, b):
    return (((((11 | 24750591436) + a) + b) & a) & b)
acc = (acc + ex782(80, 1) % 1000003) % 1000000007
def st783(t='yb zzdfzayczbx fazcy ad'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st783()) % 1000000007
def fn784(a, b=63):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn784(9)) % 1000000007
class C785:
    base = 934
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C785(48).get() + C785(1).neg) % 1000000007
def gen786(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 64591
        yield x
acc = (acc + sum(gen786(3))) % 1000000007
def tr787(v):
    try:
        if v > 39:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(11)
acc = (acc + tr787(70)) % 1000000007
def dc788():
    d = {'k0': 272, 'k1': 485, 'k2': 302}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc788()) % 1000000007
def cl789(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl789(77)) % 1000000007
def ex790(a, b):
    return ((((53 * 396342370607) - 706280633487) & a) & b)
acc = (acc + ex790(22, 7) % 1000003) % 1000000007
def st791(t='caghcghbbyycfbaxfxzhhzxcbfbb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st791()) % 1000000007
def fn792(a, b=91):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn792(18)) % 1000000007
class C793:
    base = 821
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C793(68).get() + C793(1).neg) % 1000000007
def gen794(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 35592
        yield x
acc = (acc + sum(gen794(28))) % 1000000007
def tr795(v):
    try:
        if v > 40:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(19)
acc = (acc + tr795(60)) % 1000000007
def dc796():
    d = {'k0': 448, 'k1': 244, 'k2': 338, 'k3': 312}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc796()) % 1000000007
def cl797(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl797(23)) % 1000000007
def ex798(a, b):
    return (((((91 ^ b) * 72498376074) + a) | 200846831427) & a)
acc = (acc + ex798(32, 71) % 1000003) % 1000000007
def st799(t='zdeggeaxezhadgdabcddh ybxfab'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st799()) % 1000000007
print(799, acc)
def fn800(a, b=4):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn800(19)) % 1000000007
class C801:
    base = 573
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C801(95).get() + C801(1).neg) % 1000000007
def gen802(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 1378
        yield x
acc = (acc + sum(gen802(16))) % 1000000007
def tr803(v):
    try:
        if v > 26:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(27)
acc = (acc + tr803(93)) % 1000000007
def dc804():
    d = {'k0': 148, 'k1': 713}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc804()) % 1000000007
def cl805(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl805(28)) % 1000000007
def ex806(a, b):
    return (((60 & 48190155253) - a) ^ b)
acc = (acc + ex806(48, 4) % 1000003) % 1000000007
def st807(t='yhcbbyxe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st807()) % 1000000007
def fn808(a, b=10):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn808(8)) % 1000000007
class C809:
    base = 376
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C809(8).get() + C809(1).neg) % 1000000007
def gen810(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 57881
        yield x
acc = (acc + sum(gen810(7))) % 1000000007
def tr811(v):
    try:
        if v > 17:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(35)
acc = (acc + tr811(90)) % 1000000007
def dc812():
    d = {'k0': 615, 'k1': 560, 'k2': 969}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc812()) % 1000000007
def cl813(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl813(83)) % 1000000007
def ex814(a, b):
    return (((((96 + b) | a) & b) * a) + b)
acc = (acc + ex814(11, 69) % 1000003) % 1000000007
def st815(t='yfzaa'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st815()) % 1000000007
def fn816(a, b=21):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn816(13)) % 1000000007
class C817:
    base = 191
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C817(47).get() + C817(1).neg) % 1000000007
def gen818(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 76227
        yield x
acc = (acc + sum(gen818(20))) % 1000000007
def tr819(v):
    try:
        if v > 46:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(43)
acc = (acc + tr819(19)) % 1000000007
def dc820():
    d = {'k0': 198, 'k1': 740, 'k2': 571}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc820()) % 1000000007
def cl821(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl821(28)) % 1000000007
def ex822(a, b):
    return ((((((91 | a) | 361671649821) ^ a) * 152013513207) & 43997458191) & b)
acc = (acc + ex822(55, 33) % 1000003) % 1000000007
def st823(t='zgczzczyge'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st823()) % 1000000007
def fn824(a, b=40):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn824(19)) % 1000000007
class C825:
    base = 463
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C825(52).get() + C825(1).neg) % 1000000007
def gen826(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 50669
        yield x
acc = (acc + sum(gen826(21))) % 1000000007
def tr827(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(51)
acc = (acc + tr827(28)) % 1000000007
def dc828():
    d = {'k0': 365, 'k1': 100, 'k2': 11}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc828()) % 1000000007
def cl829(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl829(33)) % 1000000007
def ex830(a, b):
    return (((((88 & b) - a) - 1076408524103) * b) + b)
acc = (acc + ex830(36, 76) % 1000003) % 1000000007
def st831(t='fegagach bxdzfz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st831()) % 1000000007
def fn832(a, b=32):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn832(18)) % 1000000007
class C833:
    base = 655
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C833(26).get() + C833(1).neg) % 1000000007
def gen834(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 5008
        yield x
acc = (acc + sum(gen834(12))) % 1000000007
def tr835(v):
    try:
        if v > 49:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(59)
acc = (acc + tr835(99)) % 1000000007
def dc836():
    d = {'k0': 302, 'k1': 90, 'k2': 577}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc836()) % 1000000007
def cl837(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl837(27)) % 1000000007
def ex838(a, b):
    return ((((89 + b) * a) * b) ^ 91613970448)
acc = (acc + ex838(89, 17) % 1000003) % 1000000007
def st839(t='gegyeyhfcfczbhh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st839()) % 1000000007
def fn840(a, b=28):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn840(8)) % 1000000007
class C841:
    base = 979
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C841(46).get() + C841(1).neg) % 1000000007
def gen842(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 6022
        yield x
acc = (acc + sum(gen842(12))) % 1000000007
def tr843(v):
    try:
        if v > 7:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(67)
acc = (acc + tr843(1)) % 1000000007
def dc844():
    d = {'k0': 112, 'k1': 985, 'k2': 174, 'k3': 460, 'k4': 762}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc844()) % 1000000007
def cl845(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl845(27)) % 1000000007
def ex846(a, b):
    return (((((((66 * b) | 707116607694) * b) - 441040672537) - b) | b) ^ b)
acc = (acc + ex846(39, 97) % 1000003) % 1000000007
def st847(t='ddaahexyhybgheyx zcxezxz  bf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st847()) % 1000000007
def fn848(a, b=52):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn848(15)) % 1000000007
class C849:
    base = 220
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C849(12).get() + C849(1).neg) % 1000000007
print(849, acc)
def gen850(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 22382
        yield x
acc = (acc + sum(gen850(28))) % 1000000007
def tr851(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(75)
acc = (acc + tr851(93)) % 1000000007
def dc852():
    d = {'k0': 581, 'k1': 747, 'k2': 296, 'k3': 518}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc852()) % 1000000007
def cl853(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl853(77)) % 1000000007
def ex854(a, b):
    return ((((90 * a) * 210751319809) & 1078816796417) ^ b)
acc = (acc + ex854(9, 89) % 1000003) % 1000000007
def st855(t='ffagafzeaaeehbayzcda'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st855()) % 1000000007
def fn856(a, b=94):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn856(8)) % 1000000007
class C857:
    base = 601
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C857(60).get() + C857(1).neg) % 1000000007
def gen858(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 29289
        yield x
acc = (acc + sum(gen858(23))) % 1000000007
def tr859(v):
    try:
        if v > 16:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(83)
acc = (acc + tr859(25)) % 1000000007
def dc860():
    d = {'k0': 928, 'k1': 493, 'k2': 713, 'k3': 260}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc860()) % 1000000007
def cl861(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl861(81)) % 1000000007
def ex862(a, b):
    return (((7 + a) + a) * a)
acc = (acc + ex862(2, 71) % 1000003) % 1000000007
def st863(t='fdybdgzbzdbfzz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st863()) % 1000000007
def fn864(a, b=74):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn864(7)) % 1000000007
class C865:
    base = 429
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C865(19).get() + C865(1).neg) % 1000000007
def gen866(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 79582
        yield x
acc = (acc + sum(gen866(21))) % 1000000007
def tr867(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(91)
acc = (acc + tr867(53)) % 1000000007
def dc868():
    d = {'k0': 140, 'k1': 928, 'k2': 986, 'k3': 53}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc868()) % 1000000007
def cl869(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl869(4)) % 1000000007
def ex870(a, b):
    return ((((72 - b) ^ b) | b) | 164148542986)
acc = (acc + ex870(69, 69) % 1000003) % 1000000007
def st871(t='xfxyabddf fbbaxbxhzzhdfhxzeh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st871()) % 1000000007
def fn872(a, b=83):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn872(13)) % 1000000007
class C873:
    base = 743
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C873(16).get() + C873(1).neg) % 1000000007
def gen874(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 50667
        yield x
acc = (acc + sum(gen874(9))) % 1000000007
def tr875(v):
    try:
        if v > 9:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(2)
acc = (acc + tr875(20)) % 1000000007
def dc876():
    d = {'k0': 26, 'k1': 957}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc876()) % 1000000007
def cl877(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl877(97)) % 1000000007
def ex878(a, b):
    return ((((((10 + b) & b) - b) ^ b) + b) & b)
acc = (acc + ex878(5, 79) % 1000003) % 1000000007
def st879(t=' ezxd bgehhc cfhaxdxh bbaafh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st879()) % 1000000007
def fn880(a, b=65):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn880(17)) % 1000000007
class C881:
    base = 513
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C881(50).get() + C881(1).neg) % 1000000007
def gen882(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 2737
        yield x
acc = (acc + sum(gen882(8))) % 1000000007
def tr883(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(10)
acc = (acc + tr883(50)) % 1000000007
def dc884():
    d = {'k0': 151, 'k1': 482, 'k2': 67, 'k3': 851}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc884()) % 1000000007
def cl885(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl885(28)) % 1000000007
def ex886(a, b):
    return (((((((57 + b) | b) * b) & 117715174072) - b) ^ b) & b)
acc = (acc + ex886(7, 52) % 1000003) % 1000000007
def st887(t='f  fg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st887()) % 1000000007
def fn888(a, b=0):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn888(7)) % 1000000007
class C889:
    base = 234
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C889(98).get() + C889(1).neg) % 1000000007
def gen890(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 93956
        yield x
acc = (acc + sum(gen890(5))) % 1000000007
def tr891(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(18)
acc = (acc + tr891(1)) % 1000000007
def dc892():
    d = {'k0': 822, 'k1': 483, 'k2': 847}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc892()) % 1000000007
def cl893(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl893(37)) % 1000000007
def ex894(a, b):
    return ((((((81 ^ 702501794825) + 292200381885) * a) | 957160780553) + a) * 867725148637)
acc = (acc + ex894(40, 83) % 1000003) % 1000000007
def st895(t='efhyhadhfahbde'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st895()) % 1000000007
def fn896(a, b=70):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn896(5)) % 1000000007
class C897:
    base = 521
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C897(22).get() + C897(1).neg) % 1000000007
def gen898(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 2769
        yield x
acc = (acc + sum(gen898(12))) % 1000000007
def tr899(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(26)
acc = (acc + tr899(39)) % 1000000007
print(899, acc)
def dc900():
    d = {'k0': 445, 'k1': 833}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc900()) % 1000000007
def cl901(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl901(98)) % 1000000007
def ex902(a, b):
    return (((((43 | b) | b) + b) + b) ^ b)
acc = (acc + ex902(69, 78) % 1000003) % 1000000007
def st903(t='ha  cyzbaxhfce'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st903()) % 1000000007
def fn904(a, b=30):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn904(5)) % 1000000007
class C905:
    base = 268
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C905(32).get() + C905(1).neg) % 1000000007
def gen906(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 35032
        yield x
acc = (acc + sum(gen906(8))) % 1000000007
def tr907(v):
    try:
        if v > 38:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(34)
acc = (acc + tr907(52)) % 1000000007
def dc908():
    d = {'k0': 380, 'k1': 306, 'k2': 550}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc908()) % 1000000007
def cl909(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl909(82)) % 1000000007
def ex910(a, b):
    return (((((((57 - a) * 895162558642) & a) & a) ^ b) | 197118761607) - 708110708268)
acc = (acc + ex910(2, 34) % 1000003) % 1000000007
def st911(t='gz fecagfghdd dcyd xdehb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st911()) % 1000000007
def fn912(a, b=31):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn912(12)) % 1000000007
class C913:
    base = 634
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C913(96).get() + C913(1).neg) % 1000000007
def gen914(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 78262
        yield x
acc = (acc + sum(gen914(23))) % 1000000007
def tr915(v):
    try:
        if v > 18:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(42)
acc = (acc + tr915(29)) % 1000000007
def dc916():
    d = {'k0': 512, 'k1': 820, 'k2': 208, 'k3': 845, 'k4': 932}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc916()) % 1000000007
def cl917(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl917(58)) % 1000000007
def ex918(a, b):
    return ((((((63 | b) ^ 335386377737) | a) + b) | a) & b)
acc = (acc + ex918(87, 20) % 1000003) % 1000000007
def st919(t='baxgdhbgc ecbezagc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st919()) % 1000000007
def fn920(a, b=99):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn920(6)) % 1000000007
class C921:
    base = 484
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C921(41).get() + C921(1).neg) % 1000000007
def gen922(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46152
        yield x
acc = (acc + sum(gen922(20))) % 1000000007
def tr923(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(50)
acc = (acc + tr923(15)) % 1000000007
def dc924():
    d = {'k0': 672, 'k1': 524, 'k2': 851}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc924()) % 1000000007
def cl925(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl925(68)) % 1000000007
def ex926(a, b):
    return ((((6 & b) | b) * a) + 843668118911)
acc = (acc + ex926(11, 37) % 1000003) % 1000000007
def st927(t='xyfbcyab fbc f fyxz yfy a'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st927()) % 1000000007
def fn928(a, b=75):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn928(6)) % 1000000007
class C929:
    base = 596
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C929(45).get() + C929(1).neg) % 1000000007
def gen930(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 92991
        yield x
acc = (acc + sum(gen930(16))) % 1000000007
def tr931(v):
    try:
        if v > 44:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(58)
acc = (acc + tr931(37)) % 1000000007
def dc932():
    d = {'k0': 87, 'k1': 325, 'k2': 441, 'k3': 495}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc932()) % 1000000007
def cl933(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl933(15)) % 1000000007
def ex934(a, b):
    return (((15 ^ a) | a) ^ a)
acc = (acc + ex934(2, 62) % 1000003) % 1000000007
def st935(t='dg fybxdygbzffxxyzbg '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st935()) % 1000000007
def fn936(a, b=92):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn936(13)) % 1000000007
class C937:
    base = 923
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C937(4).get() + C937(1).neg) % 1000000007
def gen938(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 49019
        yield x
acc = (acc + sum(gen938(17))) % 1000000007
def tr939(v):
    try:
        if v > 8:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(66)
acc = (acc + tr939(20)) % 1000000007
def dc940():
    d = {'k0': 921, 'k1': 301, 'k2': 44}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc940()) % 1000000007
def cl941(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl941(19)) % 1000000007
def ex942(a, b):
    return (((((((61 - 1037356739540) * 423075222896) ^ a) & b) * 399592238091) - a) - b)
acc = (acc + ex942(79, 99) % 1000003) % 1000000007
def st943(t=' bbehyhaaezchfb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st943()) % 1000000007
def fn944(a, b=29):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn944(12)) % 1000000007
class C945:
    base = 419
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C945(32).get() + C945(1).neg) % 1000000007
def gen946(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 86570
        yield x
acc = (acc + sum(gen946(8))) % 1000000007
def tr947(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(74)
acc = (acc + tr947(56)) % 1000000007
def dc948():
    d = {'k0': 177, 'k1': 91, 'k2': 785, 'k3': 511, 'k4': 51}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc948()) % 1000000007
def cl949(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl949(98)) % 1000000007
print(949, acc)
def ex950(a, b):
    return ((((81 | b) | 500621835141) | a) | a)
acc = (acc + ex950(89, 14) % 1000003) % 1000000007
def st951(t='ahzxcbyzagca '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st951()) % 1000000007
def fn952(a, b=6):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn952(12)) % 1000000007
class C953:
    base = 435
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C953(97).get() + C953(1).neg) % 1000000007
def gen954(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 97311
        yield x
acc = (acc + sum(gen954(11))) % 1000000007
def tr955(v):
    try:
        if v > 49:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(82)
acc = (acc + tr955(73)) % 1000000007
def dc956():
    d = {'k0': 132, 'k1': 523, 'k2': 775, 'k3': 484}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc956()) % 1000000007
def cl957(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl957(48)) % 1000000007
def ex958(a, b):
    return (((((((71 | 475776855544) - a) & b) + b) | b) | b) ^ 130915393536)
acc = (acc + ex958(13, 2) % 1000003) % 1000000007
def st959(t='zzaebgxc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st959()) % 1000000007
def fn960(a, b=65):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn960(17)) % 1000000007
class C961:
    base = 79
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C961(67).get() + C961(1).neg) % 1000000007
def gen962(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 48291
        yield x
acc = (acc + sum(gen962(5))) % 1000000007
def tr963(v):
    try:
        if v > 48:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(90)
acc = (acc + tr963(53)) % 1000000007
def dc964():
    d = {'k0': 591, 'k1': 95}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc964()) % 1000000007
def cl965(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl965(21)) % 1000000007
def ex966(a, b):
    return ((((46 - b) * a) + b) - 735409838564)
acc = (acc + ex966(92, 67) % 1000003) % 1000000007
def st967(t='zddcdybzxadgfh dz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st967()) % 1000000007
def fn968(a, b=17):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn968(8)) % 1000000007
class C969:
    base = 841
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C969(85).get() + C969(1).neg) % 1000000007
def gen970(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 58828
        yield x
acc = (acc + sum(gen970(11))) % 1000000007
def tr971(v):
    try:
        if v > 1:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(1)
acc = (acc + tr971(49)) % 1000000007
def dc972():
    d = {'k0': 728, 'k1': 34, 'k2': 554}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc972()) % 1000000007
def cl973(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl973(19)) % 1000000007
def ex974(a, b):
    return (((48 ^ b) | 677800416150) | 962712413197)
acc = (acc + ex974(39, 13) % 1000003) % 1000000007
def st975(t='  xdy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st975()) % 1000000007
def fn976(a, b=37):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn976(6)) % 1000000007
class C977:
    base = 387
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C977(15).get() + C977(1).neg) % 1000000007
def gen978(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 38196
        yield x
acc = (acc + sum(gen978(28))) % 1000000007
def tr979(v):
    try:
        if v > 36:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(9)
acc = (acc + tr979(37)) % 1000000007
def dc980():
    d = {'k0': 976, 'k1': 44, 'k2': 434, 'k3': 332, 'k4': 626}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc980()) % 1000000007
def cl981(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl981(34)) % 1000000007
def ex982(a, b):
    return ((((((22 - 697220118171) | a) & 640053767177) + b) - 821384351220) & b)
acc = (acc + ex982(99, 77) % 1000003) % 1000000007
def st983(t='b byzeyf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st983()) % 1000000007
def fn984(a, b=66):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn984(16)) % 1000000007
class C985:
    base = 639
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C985(6).get() + C985(1).neg) % 1000000007
def gen986(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 17173
        yield x
acc = (acc + sum(gen986(10))) % 1000000007
def tr987(v):
    try:
        if v > 24:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(17)
acc = (acc + tr987(64)) % 1000000007
def dc988():
    d = {'k0': 600, 'k1': 762, 'k2': 900}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc988()) % 1000000007
def cl989(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl989(38)) % 1000000007
def ex990(a, b):
    return ((((((32 & a) ^ a) | a) - 949636314383) | 701550115661) ^ b)
acc = (acc + ex990(85, 88) % 1000003) % 1000000007
def st991(t='bhzhcc h'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st991()) % 1000000007
def fn992(a, b=79):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn992(13)) % 1000000007
class C993:
    base = 813
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C993(97).get() + C993(1).neg) % 1000000007
def gen994(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 34690
        yield x
acc = (acc + sum(gen994(6))) % 1000000007
def tr995(v):
    try:
        if v > 19:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(25)
acc = (acc + tr995(40)) % 1000000007
def dc996():
    d = {'k0': 973, 'k1': 95, 'k2': 330, 'k3': 509}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc996()) % 1000000007
def cl997(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl997(54)) % 1000000007
def ex998(a, b):
    return (((((((10 * a) & a) - 458818883446) & 305672946191) & a) + 1085996719846) & 561688170065)
acc = (acc + ex998(86, 91) % 1000003) % 1000000007
def st999(t=' aazhz ycfc dzgbfxgyaagh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st999()) % 1000000007
print(999, acc)
def fn1000(a, b=76):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1000(19)) % 1000000007
class C1001:
    base = 33
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1001(47).get() + C1001(1).neg) % 1000000007
def gen1002(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 18210
        yield x
acc = (acc + sum(gen1002(21))) % 1000000007
def tr1003(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(33)
acc = (acc + tr1003(52)) % 1000000007
def dc1004():
    d = {'k0': 263, 'k1': 907}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1004()) % 1000000007
def cl1005(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl1005(3)) % 1000000007
def ex1006(a, b):
    return (((20 ^ b) * 430145445092) - b)
acc = (acc + ex1006(47, 21) % 1000003) % 1000000007
def st1007(t='ecaab yhacabxycdexd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1007()) % 1000000007
def fn1008(a, b=92):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1008(5)) % 1000000007
class C1009:
    base = 466
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1009(51).get() + C1009(1).neg) % 1000000007
def gen1010(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 73592
        yield x
acc = (acc + sum(gen1010(5))) % 1000000007
def tr1011(v):
    try:
        if v > 6:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(41)
acc = (acc + tr1011(86)) % 1000000007
def dc1012():
    d = {'k0': 529, 'k1': 780}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1012()) % 1000000007
def cl1013(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1013(27)) % 1000000007
def ex1014(a, b):
    return (((((32 | a) | b) & b) | a) | 649633275351)
acc = (acc + ex1014(70, 38) % 1000003) % 1000000007
def st1015(t='ee  g heycdbebbyzfxaxczcgd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1015()) % 1000000007
def fn1016(a, b=94):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1016(7)) % 1000000007
class C1017:
    base = 927
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1017(73).get() + C1017(1).neg) % 1000000007
def gen1018(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 31954
        yield x
acc = (acc + sum(gen1018(3))) % 1000000007
def tr1019(v):
    try:
        if v > 48:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(49)
acc = (acc + tr1019(92)) % 1000000007
def dc1020():
    d = {'k0': 759, 'k1': 279, 'k2': 323, 'k3': 651}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1020()) % 1000000007
def cl1021(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1021(66)) % 1000000007
def ex1022(a, b):
    return ((((96 & 632292358148) - 867604442909) ^ 100901036648) * a)
acc = (acc + ex1022(67, 95) % 1000003) % 1000000007
def st1023(t='dyzxghbef '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1023()) % 1000000007
def fn1024(a, b=78):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1024(5)) % 1000000007
class C1025:
    base = 453
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1025(26).get() + C1025(1).neg) % 1000000007
def gen1026(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 66125
        yield x
acc = (acc + sum(gen1026(19))) % 1000000007
def tr1027(v):
    try:
        if v > 3:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(57)
acc = (acc + tr1027(89)) % 1000000007
def dc1028():
    d = {'k0': 995, 'k1': 780, 'k2': 562}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1028()) % 1000000007
def cl1029(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1029(95)) % 1000000007
def ex1030(a, b):
    return (((23 * b) & 525936100342) * b)
acc = (acc + ex1030(36, 94) % 1000003) % 1000000007
def st1031(t='bxgbe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1031()) % 1000000007
def fn1032(a, b=46):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1032(16)) % 1000000007
class C1033:
    base = 784
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1033(82).get() + C1033(1).neg) % 1000000007
def gen1034(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46184
        yield x
acc = (acc + sum(gen1034(19))) % 1000000007
def tr1035(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(65)
acc = (acc + tr1035(40)) % 1000000007
def dc1036():
    d = {'k0': 824, 'k1': 347}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1036()) % 1000000007
def cl1037(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1037(5)) % 1000000007
def ex1038(a, b):
    return (((((((62 - 260875373005) * b) | b) - 90329568578) * a) | b) + b)
acc = (acc + ex1038(73, 32) % 1000003) % 1000000007
def st1039(t='zfeezb fegb cgdzhc ggahyagzfh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1039()) % 1000000007
def fn1040(a, b=94):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1040(10)) % 1000000007
class C1041:
    base = 688
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1041(75).get() + C1041(1).neg) % 1000000007
def gen1042(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 13704
        yield x
acc = (acc + sum(gen1042(7))) % 1000000007
def tr1043(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(73)
acc = (acc + tr1043(34)) % 1000000007
def dc1044():
    d = {'k0': 173, 'k1': 834}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1044()) % 1000000007
def cl1045(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1045(44)) % 1000000007
def ex1046(a, b):
    return ((((((58 | 164597752453) * 575403935033) + b) + 741117833552) ^ a) ^ a)
acc = (acc + ex1046(73, 69) % 1000003) % 1000000007
def st1047(t='axaegadfyexfgadexcbaabc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1047()) % 1000000007
def fn1048(a, b=65):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1048(12)) % 1000000007
class C1049:
    base = 640
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1049(44).get() + C1049(1).neg) % 1000000007
print(1049, acc)
def gen1050(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 85800
        yield x
acc = (acc + sum(gen1050(13))) % 1000000007
def tr1051(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(81)
acc = (acc + tr1051(68)) % 1000000007
def dc1052():
    d = {'k0': 912, 'k1': 700, 'k2': 314, 'k3': 180, 'k4': 352}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1052()) % 1000000007
def cl1053(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1053(75)) % 1000000007
def ex1054(a, b):
    return (((((73 & a) - 96332284683) ^ 265632690126) | b) - 114310524685)
acc = (acc + ex1054(80, 26) % 1000003) % 1000000007
def st1055(t='zgyxzzagzyc ddghhab'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1055()) % 1000000007
def fn1056(a, b=26):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1056(5)) % 1000000007
class C1057:
    base = 599
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1057(30).get() + C1057(1).neg) % 1000000007
def gen1058(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 9758
        yield x
acc = (acc + sum(gen1058(8))) % 1000000007
def tr1059(v):
    try:
        if v > 8:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(89)
acc = (acc + tr1059(71)) % 1000000007
def dc1060():
    d = {'k0': 804, 'k1': 635, 'k2': 663, 'k3': 592, 'k4': 708}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1060()) % 1000000007
def cl1061(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1061(55)) % 1000000007
def ex1062(a, b):
    return ((((((42 - 87431625001) & 224967431179) + a) * a) + 809797210103) & b)
acc = (acc + ex1062(72, 13) % 1000003) % 1000000007
def st1063(t='fabcfczeceaabbhbdz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1063()) % 1000000007
def fn1064(a, b=99):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1064(16)) % 1000000007
class C1065:
    base = 0
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1065(57).get() + C1065(1).neg) % 1000000007
def gen1066(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 74503
        yield x
acc = (acc + sum(gen1066(22))) % 1000000007
def tr1067(v):
    try:
        if v > 32:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(0)
acc = (acc + tr1067(97)) % 1000000007
def dc1068():
    d = {'k0': 569, 'k1': 874}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1068()) % 1000000007
def cl1069(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1069(37)) % 1000000007
def ex1070(a, b):
    return (((97 * a) - b) & b)
acc = (acc + ex1070(85, 19) % 1000003) % 1000000007
def st1071(t='gafhe ee yxeeaezcfhfxzexbxfe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1071()) % 1000000007
def fn1072(a, b=61):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1072(7)) % 1000000007
class C1073:
    base = 575
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1073(44).get() + C1073(1).neg) % 1000000007
def gen1074(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 63278
        yield x
acc = (acc + sum(gen1074(14))) % 1000000007
def tr1075(v):
    try:
        if v > 0:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(8)
acc = (acc + tr1075(40)) % 1000000007
def dc1076():
    d = {'k0': 17, 'k1': 974, 'k2': 187}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1076()) % 1000000007
def cl1077(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl1077(57)) % 1000000007
def ex1078(a, b):
    return ((((65 * 424328555257) - b) + b) - a)
acc = (acc + ex1078(37, 2) % 1000003) % 1000000007
def st1079(t='xzehx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1079()) % 1000000007
def fn1080(a, b=24):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1080(16)) % 1000000007
class C1081:
    base = 180
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1081(6).get() + C1081(1).neg) % 1000000007
def gen1082(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 7880
        yield x
acc = (acc + sum(gen1082(18))) % 1000000007
def tr1083(v):
    try:
        if v > 18:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(16)
acc = (acc + tr1083(68)) % 1000000007
def dc1084():
    d = {'k0': 69, 'k1': 664, 'k2': 198, 'k3': 994, 'k4': 678}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1084()) % 1000000007
def cl1085(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1085(66)) % 1000000007
def ex1086(a, b):
    return (((((18 | b) - 425460264641) * b) | b) + 27908306112)
acc = (acc + ex1086(13, 42) % 1000003) % 1000000007
def st1087(t=' hdxz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1087()) % 1000000007
def fn1088(a, b=78):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1088(8)) % 1000000007
class C1089:
    base = 708
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1089(53).get() + C1089(1).neg) % 1000000007
def gen1090(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 68361
        yield x
acc = (acc + sum(gen1090(19))) % 1000000007
def tr1091(v):
    try:
        if v > 21:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(24)
acc = (acc + tr1091(98)) % 1000000007
def dc1092():
    d = {'k0': 973, 'k1': 389, 'k2': 527, 'k3': 396}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1092()) % 1000000007
def cl1093(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl1093(53)) % 1000000007
def ex1094(a, b):
    return (((9 ^ 925610810418) - 770408770183) * b)
acc = (acc + ex1094(40, 19) % 1000003) % 1000000007
def st1095(t='fb h fbaggzc '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1095()) % 1000000007
def fn1096(a, b=24):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1096(6)) % 1000000007
class C1097:
    base = 609
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1097(65).get() + C1097(1).neg) % 1000000007
def gen1098(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 61368
        yield x
acc = (acc + sum(gen1098(29))) % 1000000007
def tr1099(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(32)
acc = (acc + tr1099(74)) % 1000000007
print(1099, acc)
def dc1100():
    d = {'k0': 737, 'k1': 492, 'k2': 853, 'k3': 894, 'k4': 204}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1100()) % 1000000007
def cl1101(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1101(61)) % 1000000007
def ex1102(a, b):
    return ((((14 | 780854056930) - 1020110837387) * 139912955147) - a)
acc = (acc + ex1102(46, 9) % 1000003) % 1000000007
def st1103(t='a efzzz cdxd h dbzffaczx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1103()) % 1000000007
def fn1104(a, b=91):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1104(6)) % 1000000007
class C1105:
    base = 761
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1105(35).get() + C1105(1).neg) % 1000000007
def gen1106(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 62965
        yield x
acc = (acc + sum(gen1106(12))) % 1000000007
def tr1107(v):
    try:
        if v > 18:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(40)
acc = (acc + tr1107(14)) % 1000000007
def dc1108():
    d = {'k0': 772, 'k1': 429, 'k2': 876}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1108()) % 1000000007
def cl1109(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl1109(8)) % 1000000007
def ex1110(a, b):
    return (((((35 * a) & b) + b) + a) ^ a)
acc = (acc + ex1110(2, 69) % 1000003) % 1000000007
def st1111(t='bcccab eexdzf ycezxfcz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1111()) % 1000000007
def fn1112(a, b=77):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1112(18)) % 1000000007
class C1113:
    base = 934
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1113(89).get() + C1113(1).neg) % 1000000007
def gen1114(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 1565
        yield x
acc = (acc + sum(gen1114(17))) % 1000000007
def tr1115(v):
    try:
        if v > 46:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(48)
acc = (acc + tr1115(99)) % 1000000007
def dc1116():
    d = {'k0': 996, 'k1': 631, 'k2': 176, 'k3': 210}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1116()) % 1000000007
def cl1117(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1117(38)) % 1000000007
def ex1118(a, b):
    return ((((62 & a) | b) | b) & 760505536168)
acc = (acc + ex1118(96, 6) % 1000003) % 1000000007
def st1119(t='baxhbhhdhgybaxzcffydba'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1119()) % 1000000007
def fn1120(a, b=5):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1120(14)) % 1000000007
class C1121:
    base = 771
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1121(35).get() + C1121(1).neg) % 1000000007
def gen1122(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 36494
        yield x
acc = (acc + sum(gen1122(15))) % 1000000007
def tr1123(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(56)
acc = (acc + tr1123(49)) % 1000000007
def dc1124():
    d = {'k0': 191, 'k1': 202}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1124()) % 1000000007
def cl1125(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1125(53)) % 1000000007
def ex1126(a, b):
    return (((((((57 | b) & b) - a) + b) + 1006864278504) & 147787785262) * 201629598269)
acc = (acc + ex1126(37, 91) % 1000003) % 1000000007
def st1127(t='eadzyggahydefh'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1127()) % 1000000007
def fn1128(a, b=15):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1128(13)) % 1000000007
class C1129:
    base = 666
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1129(28).get() + C1129(1).neg) % 1000000007
def gen1130(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 87033
        yield x
acc = (acc + sum(gen1130(26))) % 1000000007
def tr1131(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(64)
acc = (acc + tr1131(91)) % 1000000007
def dc1132():
    d = {'k0': 47, 'k1': 170}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1132()) % 1000000007
def cl1133(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1133(42)) % 1000000007
def ex1134(a, b):
    return ((((((86 & 933109226854) | b) & 307558753675) - 983283835412) + b) & a)
acc = (acc + ex1134(40, 68) % 1000003) % 1000000007
def st1135(t='h yfhfgdz ebadygdea'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1135()) % 1000000007
def fn1136(a, b=9):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1136(11)) % 1000000007
class C1137:
    base = 730
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1137(34).get() + C1137(1).neg) % 1000000007
def gen1138(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 16948
        yield x
acc = (acc + sum(gen1138(15))) % 1000000007
def tr1139(v):
    try:
        if v > 28:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(72)
acc = (acc + tr1139(31)) % 1000000007
def dc1140():
    d = {'k0': 317, 'k1': 585, 'k2': 449, 'k3': 136, 'k4': 478}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1140()) % 1000000007
def cl1141(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1141(73)) % 1000000007
def ex1142(a, b):
    return (((((((98 * a) + b) + a) * b) - a) & 677214219644) | 658130121192)
acc = (acc + ex1142(81, 96) % 1000003) % 1000000007
def st1143(t=' caeb yz'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1143()) % 1000000007
def fn1144(a, b=13):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1144(15)) % 1000000007
class C1145:
    base = 159
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1145(91).get() + C1145(1).neg) % 1000000007
def gen1146(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 35868
        yield x
acc = (acc + sum(gen1146(26))) % 1000000007
def tr1147(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(80)
acc = (acc + tr1147(90)) % 1000000007
def dc1148():
    d = {'k0': 809, 'k1': 896, 'k2': 143}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1148()) % 1000000007
def cl1149(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl1149(20)) % 1000000007
print(1149, acc)
def ex1150(a, b):
    return (((((((47 | a) | 890059001650) ^ 691025486573) + b) * 215571553543) * 9143186974) ^ a)
acc = (acc + ex1150(98, 99) % 1000003) % 1000000007
def st1151(t='ay eceadgbx'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1151()) % 1000000007
def fn1152(a, b=67):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1152(16)) % 1000000007
class C1153:
    base = 997
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1153(57).get() + C1153(1).neg) % 1000000007
def gen1154(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 71772
        yield x
acc = (acc + sum(gen1154(24))) % 1000000007
def tr1155(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(88)
acc = (acc + tr1155(45)) % 1000000007
def dc1156():
    d = {'k0': 950, 'k1': 352, 'k2': 727, 'k3': 893, 'k4': 205}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1156()) % 1000000007
def cl1157(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1157(16)) % 1000000007
def ex1158(a, b):
    return (((10 | 878993679629) - 667008556858) | a)
acc = (acc + ex1158(43, 49) % 1000003) % 1000000007
def st1159(t='bh eh hdcezheaze xx z'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1159()) % 1000000007
def fn1160(a, b=66):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1160(19)) % 1000000007
class C1161:
    base = 574
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1161(24).get() + C1161(1).neg) % 1000000007
def gen1162(n):
    x = 7
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 45427
        yield x
acc = (acc + sum(gen1162(24))) % 1000000007
def tr1163(v):
    try:
        if v > 7:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(96)
acc = (acc + tr1163(7)) % 1000000007
def dc1164():
    d = {'k0': 162, 'k1': 58, 'k2': 856, 'k3': 68}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1164()) % 1000000007
def cl1165(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1165(54)) % 1000000007
def ex1166(a, b):
    return ((((((51 - 974762451721) | b) ^ a) | a) & 817502109355) ^ 826325556418)
acc = (acc + ex1166(51, 48) % 1000003) % 1000000007
def st1167(t='begyezh czfcgzhxy zha'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1167()) % 1000000007
def fn1168(a, b=87):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1168(19)) % 1000000007
class C1169:
    base = 258
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1169(96).get() + C1169(1).neg) % 1000000007
def gen1170(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 65134
        yield x
acc = (acc + sum(gen1170(24))) % 1000000007
def tr1171(v):
    try:
        if v > 15:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(7)
acc = (acc + tr1171(25)) % 1000000007
def dc1172():
    d = {'k0': 460, 'k1': 43, 'k2': 464}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1172()) % 1000000007
def cl1173(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1173(10)) % 1000000007
def ex1174(a, b):
    return ((((((49 & b) & b) ^ a) * 54858202603) + b) + b)
acc = (acc + ex1174(44, 58) % 1000003) % 1000000007
def st1175(t='cge x y feafcb xff cgcf g'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1175()) % 1000000007
def fn1176(a, b=72):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1176(9)) % 1000000007
class C1177:
    base = 410
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1177(61).get() + C1177(1).neg) % 1000000007
def gen1178(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 71536
        yield x
acc = (acc + sum(gen1178(10))) % 1000000007
def tr1179(v):
    try:
        if v > 46:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(15)
acc = (acc + tr1179(47)) % 1000000007
def dc1180():
    d = {'k0': 727, 'k1': 966, 'k2': 401, 'k3': 289}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1180()) % 1000000007
def cl1181(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1181(57)) % 1000000007
def ex1182(a, b):
    return (((((53 ^ a) + b) ^ 896946061109) * a) ^ b)
acc = (acc + ex1182(87, 93) % 1000003) % 1000000007
def st1183(t='yaeyfbdb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1183()) % 1000000007
def fn1184(a, b=4):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1184(16)) % 1000000007
class C1185:
    base = 449
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1185(8).get() + C1185(1).neg) % 1000000007
def gen1186(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 30875
        yield x
acc = (acc + sum(gen1186(28))) % 1000000007
def tr1187(v):
    try:
        if v > 45:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(23)
acc = (acc + tr1187(43)) % 1000000007
def dc1188():
    d = {'k0': 632, 'k1': 514, 'k2': 235, 'k3': 529, 'k4': 942}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1188()) % 1000000007
def cl1189(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(7):
        inc(j)
    return n + c[0]
acc = (acc + cl1189(56)) % 1000000007
def ex1190(a, b):
    return (((37 ^ 891203840616) - a) - 905995227605)
acc = (acc + ex1190(25, 87) % 1000003) % 1000000007
def st1191(t='xezbxdgddadayydbca'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1191()) % 1000000007
def fn1192(a, b=11):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1192(9)) % 1000000007
class C1193:
    base = 312
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1193(8).get() + C1193(1).neg) % 1000000007
def gen1194(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 6864
        yield x
acc = (acc + sum(gen1194(5))) % 1000000007
def tr1195(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(31)
acc = (acc + tr1195(61)) % 1000000007
def dc1196():
    d = {'k0': 995, 'k1': 664}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1196()) % 1000000007
def cl1197(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1197(70)) % 1000000007
def ex1198(a, b):
    return ((((13 | b) + a) - a) - a)
acc = (acc + ex1198(68, 49) % 1000003) % 1000000007
def st1199(t='x hb had'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1199()) % 1000000007
print(1199, acc)
def fn1200(a, b=32):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1200(16)) % 1000000007
class C1201:
    base = 794
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1201(50).get() + C1201(1).neg) % 1000000007
def gen1202(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 66485
        yield x
acc = (acc + sum(gen1202(11))) % 1000000007
def tr1203(v):
    try:
        if v > 27:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(39)
acc = (acc + tr1203(33)) % 1000000007
def dc1204():
    d = {'k0': 717, 'k1': 241, 'k2': 120, 'k3': 533, 'k4': 405}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1204()) % 1000000007
def cl1205(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1205(41)) % 1000000007
def ex1206(a, b):
    return (((((80 * 320730882245) + a) * b) * b) & a)
acc = (acc + ex1206(69, 72) % 1000003) % 1000000007
def st1207(t='zxaeefhxbdbb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1207()) % 1000000007
def fn1208(a, b=30):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1208(13)) % 1000000007
class C1209:
    base = 146
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1209(86).get() + C1209(1).neg) % 1000000007
def gen1210(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 59794
        yield x
acc = (acc + sum(gen1210(21))) % 1000000007
def tr1211(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(47)
acc = (acc + tr1211(84)) % 1000000007
def dc1212():
    d = {'k0': 716, 'k1': 692, 'k2': 134, 'k3': 789, 'k4': 374}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1212()) % 1000000007
def cl1213(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1213(62)) % 1000000007
def ex1214(a, b):
    return (((87 - b) * b) | b)
acc = (acc + ex1214(40, 91) % 1000003) % 1000000007
def st1215(t='ghfd ahhxhhd gc'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1215()) % 1000000007
def fn1216(a, b=56):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1216(19)) % 1000000007
class C1217:
    base = 914
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1217(51).get() + C1217(1).neg) % 1000000007
def gen1218(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 91001
        yield x
acc = (acc + sum(gen1218(7))) % 1000000007
def tr1219(v):
    try:
        if v > 37:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(55)
acc = (acc + tr1219(28)) % 1000000007
def dc1220():
    d = {'k0': 620, 'k1': 706, 'k2': 359, 'k3': 482, 'k4': 93}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1220()) % 1000000007
def cl1221(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1221(67)) % 1000000007
def ex1222(a, b):
    return (((((34 - 623321345690) - 284047432404) & a) & b) & 1031337195910)
acc = (acc + ex1222(0, 97) % 1000003) % 1000000007
def st1223(t='bdffdhb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1223()) % 1000000007
def fn1224(a, b=78):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1224(8)) % 1000000007
class C1225:
    base = 241
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1225(43).get() + C1225(1).neg) % 1000000007
def gen1226(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 95094
        yield x
acc = (acc + sum(gen1226(20))) % 1000000007
def tr1227(v):
    try:
        if v > 4:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(63)
acc = (acc + tr1227(95)) % 1000000007
def dc1228():
    d = {'k0': 132, 'k1': 961, 'k2': 885, 'k3': 541, 'k4': 203}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1228()) % 1000000007
def cl1229(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1229(14)) % 1000000007
def ex1230(a, b):
    return ((((60 * 739589495531) & 349610700888) | a) & b)
acc = (acc + ex1230(74, 42) % 1000003) % 1000000007
def st1231(t='yfyhzxz ayxzdac g bgb  fd'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1231()) % 1000000007
def fn1232(a, b=89):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1232(12)) % 1000000007
class C1233:
    base = 573
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1233(40).get() + C1233(1).neg) % 1000000007
def gen1234(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 92881
        yield x
acc = (acc + sum(gen1234(29))) % 1000000007
def tr1235(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(71)
acc = (acc + tr1235(65)) % 1000000007
def dc1236():
    d = {'k0': 581, 'k1': 2, 'k2': 838}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1236()) % 1000000007
def cl1237(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(5):
        inc(j)
    return n + c[0]
acc = (acc + cl1237(27)) % 1000000007
def ex1238(a, b):
    return (((((55 - a) + b) + 12089166720) + a) & b)
acc = (acc + ex1238(72, 81) % 1000003) % 1000000007
def st1239(t='fxdfbde cdczgbb ehfyxyxydx '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1239()) % 1000000007
def fn1240(a, b=39):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1240(6)) % 1000000007
class C1241:
    base = 244
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1241(16).get() + C1241(1).neg) % 1000000007
def gen1242(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 73648
        yield x
acc = (acc + sum(gen1242(9))) % 1000000007
def tr1243(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(79)
acc = (acc + tr1243(24)) % 1000000007
def dc1244():
    d = {'k0': 55, 'k1': 482, 'k2': 971}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1244()) % 1000000007
def cl1245(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1245(3)) % 1000000007
def ex1246(a, b):
    return ((((((61 & 1081066298713) - b) & 1023600667440) - b) | b) - 354380020353)
acc = (acc + ex1246(4, 21) % 1000003) % 1000000007
def st1247(t=' adya'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1247()) % 1000000007
def fn1248(a, b=2):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1248(10)) % 1000000007
class C1249:
    base = 732
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1249(16).get() + C1249(1).neg) % 1000000007
print(1249, acc)
def gen1250(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 64448
        yield x
acc = (acc + sum(gen1250(22))) % 1000000007
def tr1251(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(87)
acc = (acc + tr1251(13)) % 1000000007
def dc1252():
    d = {'k0': 153, 'k1': 58, 'k2': 99, 'k3': 558}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1252()) % 1000000007
def cl1253(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1253(67)) % 1000000007
def ex1254(a, b):
    return ((((69 & a) & 693370832662) ^ a) | a)
acc = (acc + ex1254(64, 41) % 1000003) % 1000000007
def st1255(t='abadf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1255()) % 1000000007
def fn1256(a, b=86):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1256(11)) % 1000000007
class C1257:
    base = 135
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1257(46).get() + C1257(1).neg) % 1000000007
def gen1258(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 8246
        yield x
acc = (acc + sum(gen1258(25))) % 1000000007
def tr1259(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(95)
acc = (acc + tr1259(84)) % 1000000007
def dc1260():
    d = {'k0': 634, 'k1': 856, 'k2': 555, 'k3': 507, 'k4': 338}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1260()) % 1000000007
def cl1261(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1261(82)) % 1000000007
def ex1262(a, b):
    return (((86 * a) & a) & 712710475894)
acc = (acc + ex1262(60, 88) % 1000003) % 1000000007
def st1263(t='beegh '):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1263()) % 1000000007
def fn1264(a, b=58):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1264(18)) % 1000000007
class C1265:
    base = 623
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1265(12).get() + C1265(1).neg) % 1000000007
def gen1266(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 37995
        yield x
acc = (acc + sum(gen1266(7))) % 1000000007
def tr1267(v):
    try:
        if v > 40:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(6)
acc = (acc + tr1267(71)) % 1000000007
def dc1268():
    d = {'k0': 18, 'k1': 755, 'k2': 807, 'k3': 69}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1268()) % 1000000007
def cl1269(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1269(94)) % 1000000007
def ex1270(a, b):
    return ((((((16 - b) | 521317730127) - a) - b) | 609094428439) & 518758317959)
acc = (acc + ex1270(45, 67) % 1000003) % 1000000007
def st1271(t='ahagycchheccbzfhyzbhzhb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1271()) % 1000000007
def fn1272(a, b=27):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1272(11)) % 1000000007
class C1273:
    base = 585
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1273(43).get() + C1273(1).neg) % 1000000007
def gen1274(n):
    x = 9
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 77320
        yield x
acc = (acc + sum(gen1274(8))) % 1000000007
def tr1275(v):
    try:
        if v > 49:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(14)
acc = (acc + tr1275(73)) % 1000000007
def dc1276():
    d = {'k0': 540, 'k1': 8, 'k2': 371, 'k3': 540}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1276()) % 1000000007
def cl1277(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1277(93)) % 1000000007
def ex1278(a, b):
    return (((((((68 ^ a) * a) | b) | a) * 420729273276) + 678933122949) ^ 309456607760)
acc = (acc + ex1278(21, 12) % 1000003) % 1000000007
def st1279(t='xacbygfy fdedf c aff d g'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1279()) % 1000000007
def fn1280(a, b=7):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1280(7)) % 1000000007
class C1281:
    base = 8
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1281(24).get() + C1281(1).neg) % 1000000007
def gen1282(n):
    x = 1
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 19476
        yield x
acc = (acc + sum(gen1282(7))) % 1000000007
def tr1283(v):
    try:
        if v > 8:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(22)
acc = (acc + tr1283(63)) % 1000000007
def dc1284():
    d = {'k0': 481, 'k1': 653, 'k2': 995, 'k3': 834, 'k4': 753}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1284()) % 1000000007
def cl1285(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(2):
        inc(j)
    return n + c[0]
acc = (acc + cl1285(30)) % 1000000007
def ex1286(a, b):
    return (((((46 - a) ^ 633621157308) * a) & a) - b)
acc = (acc + ex1286(84, 16) % 1000003) % 1000000007
def st1287(t='hgdeyhhxfhf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1287()) % 1000000007
def fn1288(a, b=58):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1288(6)) % 1000000007
class C1289:
    base = 632
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1289(63).get() + C1289(1).neg) % 1000000007
def gen1290(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 97724
        yield x
acc = (acc + sum(gen1290(12))) % 1000000007
def tr1291(v):
    try:
        if v > 11:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(30)
acc = (acc + tr1291(98)) % 1000000007
def dc1292():
    d = {'k0': 216, 'k1': 998, 'k2': 866, 'k3': 339}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1292()) % 1000000007
def cl1293(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1293(43)) % 1000000007
def ex1294(a, b):
    return (((((24 & b) - a) ^ a) | 310975532366) * 1080005591240)
acc = (acc + ex1294(10, 5) % 1000003) % 1000000007
def st1295(t='adfgb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1295()) % 1000000007
def fn1296(a, b=76):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1296(11)) % 1000000007
class C1297:
    base = 296
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1297(92).get() + C1297(1).neg) % 1000000007
def gen1298(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 8495
        yield x
acc = (acc + sum(gen1298(13))) % 1000000007
def tr1299(v):
    try:
        if v > 33:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(38)
acc = (acc + tr1299(61)) % 1000000007
print(1299, acc)
def dc1300():
    d = {'k0': 428, 'k1': 913, 'k2': 43}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1300()) % 1000000007
def cl1301(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1301(30)) % 1000000007
def ex1302(a, b):
    return ((((3 | b) ^ 411138934254) * 394211104263) | a)
acc = (acc + ex1302(51, 35) % 1000003) % 1000000007
def st1303(t='czcba aadadaeb'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1303()) % 1000000007
def fn1304(a, b=23):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1304(11)) % 1000000007
class C1305:
    base = 30
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1305(70).get() + C1305(1).neg) % 1000000007
def gen1306(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 12271
        yield x
acc = (acc + sum(gen1306(22))) % 1000000007
def tr1307(v):
    try:
        if v > 23:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(46)
acc = (acc + tr1307(18)) % 1000000007
def dc1308():
    d = {'k0': 645, 'k1': 569}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1308()) % 1000000007
def cl1309(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1309(34)) % 1000000007
def ex1310(a, b):
    return (((((28 & 266350521312) & a) | a) + 108925599063) & 969829302865)
acc = (acc + ex1310(49, 40) % 1000003) % 1000000007
def st1311(t='cgfbbgab'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1311()) % 1000000007
def fn1312(a, b=75):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1312(17)) % 1000000007
class C1313:
    base = 697
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1313(16).get() + C1313(1).neg) % 1000000007
def gen1314(n):
    x = 8
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 46532
        yield x
acc = (acc + sum(gen1314(9))) % 1000000007
def tr1315(v):
    try:
        if v > 29:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(54)
acc = (acc + tr1315(24)) % 1000000007
def dc1316():
    d = {'k0': 595, 'k1': 33, 'k2': 71, 'k3': 875, 'k4': 946}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1316()) % 1000000007
def cl1317(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1317(22)) % 1000000007
def ex1318(a, b):
    return (((((((25 & 930857749467) | 942971480747) | 1032067163356) & a) ^ 96687715657) * b) - 1076509700042)
acc = (acc + ex1318(39, 58) % 1000003) % 1000000007
def st1319(t='gyzexhg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1319()) % 1000000007
def fn1320(a, b=39):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1320(5)) % 1000000007
class C1321:
    base = 535
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1321(72).get() + C1321(1).neg) % 1000000007
def gen1322(n):
    x = 4
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 58728
        yield x
acc = (acc + sum(gen1322(16))) % 1000000007
def tr1323(v):
    try:
        if v > 34:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(62)
acc = (acc + tr1323(67)) % 1000000007
def dc1324():
    d = {'k0': 41, 'k1': 643, 'k2': 868}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1324()) % 1000000007
def cl1325(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1325(35)) % 1000000007
def ex1326(a, b):
    return ((((((57 + b) | b) * a) + a) + a) & a)
acc = (acc + ex1326(4, 66) % 1000003) % 1000000007
def st1327(t='hfcac'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1327()) % 1000000007
def fn1328(a, b=54):
    s = 0
    for k in range(a):
        if k % 4 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1328(10)) % 1000000007
class C1329:
    base = 958
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1329(24).get() + C1329(1).neg) % 1000000007
def gen1330(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 70973
        yield x
acc = (acc + sum(gen1330(29))) % 1000000007
def tr1331(v):
    try:
        if v > 8:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(70)
acc = (acc + tr1331(44)) % 1000000007
def dc1332():
    d = {'k0': 527, 'k1': 848, 'k2': 780, 'k3': 808}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1332()) % 1000000007
def cl1333(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1333(38)) % 1000000007
def ex1334(a, b):
    return (((((56 & 408504456171) & 519403281440) ^ b) ^ b) | a)
acc = (acc + ex1334(88, 94) % 1000003) % 1000000007
def st1335(t='zebaxadcfy yhhyg'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1335()) % 1000000007
def fn1336(a, b=13):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1336(10)) % 1000000007
class C1337:
    base = 308
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1337(46).get() + C1337(1).neg) % 1000000007
def gen1338(n):
    x = 3
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 80999
        yield x
acc = (acc + sum(gen1338(6))) % 1000000007
def tr1339(v):
    try:
        if v > 24:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(78)
acc = (acc + tr1339(0)) % 1000000007
def dc1340():
    d = {'k0': 739, 'k1': 931}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1340()) % 1000000007
def cl1341(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1341(82)) % 1000000007
def ex1342(a, b):
    return (((((47 - b) & b) + 765243660351) - b) ^ 781305526839)
acc = (acc + ex1342(77, 58) % 1000003) % 1000000007
def st1343(t='ebxhbe eyfehcazffehcaeagfge'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1343()) % 1000000007
def fn1344(a, b=78):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1344(15)) % 1000000007
class C1345:
    base = 613
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1345(64).get() + C1345(1).neg) % 1000000007
def gen1346(n):
    x = 6
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 65337
        yield x
acc = (acc + sum(gen1346(9))) % 1000000007
def tr1347(v):
    try:
        if v > 39:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(86)
acc = (acc + tr1347(40)) % 1000000007
def dc1348():
    d = {'k0': 939, 'k1': 174, 'k2': 135}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1348()) % 1000000007
def cl1349(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(4):
        inc(j)
    return n + c[0]
acc = (acc + cl1349(96)) % 1000000007
print(1349, acc)
def ex1350(a, b):
    return (((((39 & a) ^ 1021096185947) * 1083403117554) + a) + 116551443436)
acc = (acc + ex1350(66, 66) % 1000003) % 1000000007
def st1351(t='xecbx habacazechhyxahghdcdzyy'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1351()) % 1000000007
def fn1352(a, b=28):
    s = 0
    for k in range(a):
        if k % 3 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1352(11)) % 1000000007
class C1353:
    base = 150
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1353(96).get() + C1353(1).neg) % 1000000007
def gen1354(n):
    x = 5
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 70472
        yield x
acc = (acc + sum(gen1354(16))) % 1000000007
def tr1355(v):
    try:
        if v > 47:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(94)
acc = (acc + tr1355(82)) % 1000000007
def dc1356():
    d = {'k0': 41, 'k1': 536, 'k2': 937, 'k3': 369}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1356()) % 1000000007
def cl1357(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(6):
        inc(j)
    return n + c[0]
acc = (acc + cl1357(35)) % 1000000007
def ex1358(a, b):
    return (((66 | a) - 155844772316) | a)
acc = (acc + ex1358(68, 61) % 1000003) % 1000000007
def st1359(t='agdcaxaazgfdyzf'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1359()) % 1000000007
def fn1360(a, b=2):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1360(10)) % 1000000007
class C1361:
    base = 843
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1361(99).get() + C1361(1).neg) % 1000000007
def gen1362(n):
    x = 0
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 27364
        yield x
acc = (acc + sum(gen1362(9))) % 1000000007
def tr1363(v):
    try:
        if v > 32:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(5)
acc = (acc + tr1363(28)) % 1000000007
def dc1364():
    d = {'k0': 161, 'k1': 632, 'k2': 15}
    return sum(v for k, v in d.items() if k > "k1") + len(d)
acc = (acc + dc1364()) % 1000000007
def cl1365(n):
    c = [0]
    def inc(k):
        nonlocal n
        n += k
        c[0] += 1
        return n
    for j in range(3):
        inc(j)
    return n + c[0]
acc = (acc + cl1365(37)) % 1000000007
def ex1366(a, b):
    return (((((((36 & a) - b) - 644280061090) * a) * b) + b) ^ a)
acc = (acc + ex1366(25, 57) % 1000003) % 1000000007
def st1367(t='fbfxxgcgxe'):
    parts = t.split()
    return len(parts) + len(t) + sum(ord(ch) for ch in t) % 97

acc = (acc + st1367()) % 1000000007
def fn1368(a, b=73):
    s = 0
    for k in range(a):
        if k % 2 == 0:
            continue
        s += k * b
    return s
acc = (acc + fn1368(12)) % 1000000007
class C1369:
    base = 202
    def __init__(self, v):
        self.v = v + self.base
    def get(self):
        return self.v * 2
    @property
    def neg(self):
        return -self.v
acc = (acc + C1369(34).get() + C1369(1).neg) % 1000000007
def gen1370(n):
    x = 2
    while n > 0:
        n -= 1
        x = (x * 31 + n) % 92386
        yield x
acc = (acc + sum(gen1370(6))) % 1000000007
def tr1371(v):
    try:
        if v > 42:
            raise ValueError(v)
        return v
    except ValueError as e:
        return -e.args[0]
    finally:
        log.append(13)
acc = (acc + tr1371(10)) % 1000000007
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
acc += 1
print(acc, len(log), sum(log))
print("done")
