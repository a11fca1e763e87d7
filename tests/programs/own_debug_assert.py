# __debug__ and assert, compiled without -O
print(__debug__, not __debug__, type(__debug__))
if __debug__:
    print('debug on')
else:
    print('debug off')
if not __debug__:
    print('never')
x = 1 if __debug__ else 2
print(x)
while not __debug__:
    print('never')
try:
    assert 1 == 2, 'msg %d' % 5
except AssertionError as e:
    print('assert', e.args)
try:
    assert False
except AssertionError as e:
    print('bare assert', e.args)
def f(v):
    assert v, (v, 'falsy')
    return v
try:
    f(0)
except AssertionError as e:
    print(e.args)
print(f(3))
if 0:
    print('dead')
elif 1:
    print('live')
if 1:
    pass
else:
    print('dead2')
while 0:
    print('dead3')
while 1:
    break
print([__debug__ for _ in range(2)])
print("done")
