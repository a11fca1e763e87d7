# break / continue / return unwinding through finally, with and except, nested in loops
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append('in%d' % self.n)
        return self
    def __exit__(self, t, v, tb):
        log.append('out%d' % self.n)
        return self.n == 99

def f1():
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                log.append(i)
            finally:
                log.append('f%d' % i)
        finally:
            log.append('g%d' % i)
    else:
        log.append('else')
    return 'f1'

def f2():
    while True:
        with CM(1):
            with CM(2):
                try:
                    return 'ret'
                finally:
                    log.append('fin')

def f3():
    for i in range(3):
        with CM(99):
            raise ValueError(i)
    return 'swallowed'

def f4():
    try:
        for i in range(3):
            try:
                raise KeyError(i)
            except KeyError as e:
                if i == 1:
                    break
                continue
            finally:
                log.append('k%d' % i)
    finally:
        log.append('outer')
    return i

def f5():
    r = []
    for a in range(3):
        for b in range(3):
            try:
                if b == 1:
                    continue
                if a == 2:
                    return r
                r.append((a, b))
            finally:
                r.append('x')
    return None

def f6():
    try:
        return 1
    finally:
        log.append('f6')

def f7():
    for i in range(2):
        try:
            pass
        finally:
            return i

def f8(n):
    try:
        try:
            1 / n
        except ZeroDivisionError:
            raise
        else:
            return 'ok'
        finally:
            log.append('f8')
    except ZeroDivisionError as e:
        return 'zero'

def f9():
    e = None
    try:
        raise OSError(5)
    except OSError as e:
        pass
    try:
        return e
    except NameError:
        return 'deleted'

print(f1(), log); log.clear()
print(f2(), log); log.clear()
print(f3(), log); log.clear()
print(f4(), log); log.clear()
print(f5())
print(f6(), f7(), f8(0), f8(1), log); log.clear()
try:
    print(f9())
except NameError:
    print('NameError')
print("done")
