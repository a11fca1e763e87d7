data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 4])
print(y)
def f():
    r = [(z := i) for i in range(4)]
    return r, z
print(f())
if (n := len(data)) > 3:
    print('long', n)
while (v := data.pop()) != 2:
    print(v)
def g():
    tot = 0
    res = [tot := tot + i for i in range(5)]
    return res, tot
print(g())
class C:
    vals = [1, 2, 3]
    tot = sum(vals)
print(C.tot)
print((a := 5, a + 1))
def h(lst):
    return any((hit := e) > 2 for e in lst), hit
print(h([1, 3, 4]))
print("done")
