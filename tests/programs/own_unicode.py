# non-ASCII identifiers, strings and bytes
café = 1
αβγ = café + 1
变量 = 'значение'
def функция(параметр, ключ=αβγ):
    return параметр * ключ
class Ünïcode:
    ñ = 5
    def método(self):
        return self.ñ
print(café, αβγ, 变量, функция(3), Ünïcode().método())
print(len('é中文😀'), '\u00e9' == 'é', '\U0001F600' == '😀')
print('é中文'.encode(), b'\xc3\xa9'.decode())
s = 'ü' * 300
print(len(s), s[:3])
print({'ключ': 1}['ключ'], f'{变量}!')
print(repr('\x00\x1f\x7f'), repr('tab\there'))
print(ascii if False else 'ok')
print("done")
