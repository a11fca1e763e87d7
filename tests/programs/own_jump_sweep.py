# jump sweep: forward and backward jumps over every body size across the 1-byte/2-byte jump limits
acc = []
def g0(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        r += t0 + j
    return r
acc.append(g0(2))
def g1(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g1(2))
def g2(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g2(2))
def g3(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g3(2))
def g4(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g4(2))
def g5(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        r += t0 + j
    return r
acc.append(g5(2))
def g6(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g6(2))
def g7(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g7(2))
def g8(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        r = -1
    else:
        r = -2
    return r
acc.append(g8(2))
def g9(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g9(2))
def g10(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = -v
        r += t0 + j
    return r
acc.append(g10(2))
def g11(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g11(2))
def g12(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g12(2))
def g13(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g13(2))
def g14(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g14(2))
def g15(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g15(2))
def g16(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        v -= 1
        r += 1
    return r
acc.append(g16(2))
def g17(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g17(2))
def g18(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g18(2))
def g19(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g19(2))
def g20(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        r += t0 + j
    return r
acc.append(g20(2))
def g21(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g21(2))
def g22(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g22(2))
def g23(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g23(2))
def g24(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g24(2))
def g25(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = v
        r += t0 + j
    return r
acc.append(g25(2))
def g26(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g26(2))
def g27(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g27(2))
def g28(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        r = -1
    else:
        r = -2
    return r
acc.append(g28(2))
def g29(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g29(2))
def g30(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = -v
        r += t0 + j
    return r
acc.append(g30(2))
def g31(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g31(2))
def g32(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g32(2))
def g33(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g33(2))
def g34(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g34(2))
def g35(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g35(2))
def g36(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        v -= 1
        r += 1
    return r
acc.append(g36(2))
def g37(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g37(2))
def g38(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g38(2))
def g39(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g39(2))
def g40(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        r += t0 + j
    return r
acc.append(g40(2))
def g41(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g41(2))
def g42(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g42(2))
def g43(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g43(2))
def g44(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g44(2))
def g45(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v
        r += t0 + j
    return r
acc.append(g45(2))
def g46(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g46(2))
def g47(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g47(2))
def g48(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        r = -1
    else:
        r = -2
    return r
acc.append(g48(2))
def g49(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g49(2))
def g50(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = -v
        r += t0 + j
    return r
acc.append(g50(2))
def g51(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g51(2))
def g52(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g52(2))
def g53(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g53(2))
def g54(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g54(2))
def g55(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g55(2))
def g56(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        v -= 1
        r += 1
    return r
acc.append(g56(2))
def g57(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g57(2))
def g58(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g58(2))
def g59(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g59(2))
def g60(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        r += t0 + j
    return r
acc.append(g60(2))
def g61(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g61(2))
def g62(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g62(2))
def g63(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g63(2))
def g64(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g64(2))
def g65(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        r += t0 + j
    return r
acc.append(g65(2))
def g66(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g66(2))
def g67(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g67(2))
def g68(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        r = -1
    else:
        r = -2
    return r
acc.append(g68(2))
def g69(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g69(2))
def g70(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = -v
        r += t0 + j
    return r
acc.append(g70(2))
def g71(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g71(2))
def g72(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g72(2))
def g73(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g73(2))
def g74(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g74(2))
def g75(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g75(2))
def g76(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        v -= 1
        r += 1
    return r
acc.append(g76(2))
def g77(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g77(2))
def g78(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g78(2))
def g79(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g79(2))
def g80(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        r += t0 + j
    return r
acc.append(g80(2))
def g81(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g81(2))
def g82(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g82(2))
def g83(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g83(2))
def g84(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g84(2))
def g85(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = v
        r += t0 + j
    return r
acc.append(g85(2))
def g86(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g86(2))
def g87(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g87(2))
def g88(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        r = -1
    else:
        r = -2
    return r
acc.append(g88(2))
def g89(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g89(2))
def g90(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = -v
        r += t0 + j
    return r
acc.append(g90(2))
def g91(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g91(2))
def g92(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g92(2))
def g93(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g93(2))
def g94(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g94(2))
def g95(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g95(2))
def g96(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        v -= 1
        r += 1
    return r
acc.append(g96(2))
def g97(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g97(2))
def g98(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g98(2))
def g99(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g99(2))
def g100(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        r += t0 + j
    return r
acc.append(g100(2))
def g101(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        v -= 1
        r += 1
    return r
acc.append(g101(2))
def g102(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g102(2))
def g103(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        t2 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t1 = v
        t2 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g103(2))
def g104(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g104(2))
def g105(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = v
        r += t0 + j
    return r
acc.append(g105(2))
def g106(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = -v
        v -= 1
        r += 1
    return r
acc.append(g106(2))
def g107(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t1 = v
        t2 = -v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g107(2))
def g108(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        r = -1
    else:
        r = -2
    return r
acc.append(g108(2))
def g109(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g109(2))
def g110(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = -v
        r += t0 + j
    return r
acc.append(g110(2))
def g111(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v
        t2 = -v
        v -= 1
        r += 1
    return r
acc.append(g111(2))
def g112(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g112(2))
def g113(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        r = -1
    else:
        r = -2
    return r
acc.append(g113(2))
def g114(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g114(2))
def g115(v):
    r = t0 = t1 = t2 = 0
    for j in range(3):
        if j == 1:
            continue
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t1 = v
        t2 = -v
        r += t0 + j
    return r
acc.append(g115(2))
def g116(v):
    r = t0 = t1 = t2 = 0
    while v > 0:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        v -= 1
        r += 1
    return r
acc.append(g116(2))
def g117(v):
    r = t0 = t1 = t2 = 0
    try:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = v
        if v == 2: raise ValueError(r + t1)
    except ValueError as e:
        r = e.args[0] * 2
    finally:
        r += 1
    return r
acc.append(g117(2))
def g118(v):
    r = t0 = t1 = t2 = 0
    if v > 1:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = -v
        r = t0 + t1
    elif v:
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t3 = v + 0
        t0 = v + 1
        t1 = v + 2
        t2 = v + 0
        t3 = v + 1
        t0 = v + 2
        t1 = v + 0
        t2 = v + 1
        t3 = v + 2
        t0 = v + 0
        t1 = v + 1
        t2 = v + 2
        t1 = -v
        r = -1
    else:
        r = -2
    return r
acc.append(g118(2))
def g119(v):
    r = t0 = t1 = t2 = 0
    r = v and (v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v + v) or -1
    r += sum([v for v in range(v) if v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v - v])
    return r
acc.append(g119(2))
print(acc)
print(len(acc), sum(acc))
print("done")
