class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class ACM:
    async def __aenter__(self):
        print('enter')
        return 'cm'
    async def __aexit__(self, t, v, tb):
        print('exit', t)
        return False

async def sub(x):
    return x * 2

async def main():
    r = []
    async for v in AIter(3):
        r.append(await sub(v))
    else:
        r.append('else')
    async with ACM() as c:
        r.append(c)
    try:
        async with ACM() as c2:
            raise KeyError(1)
    except KeyError:
        r.append('caught')
    for i in range(2):
        async with ACM():
            if i:
                break
            continue
    return r

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

async def agen_like():
    total = 0
    async for a in AIter(2):
        async for b in AIter(2):
            total += a * b
    return total
print(run(agen_like()))
print("done")
