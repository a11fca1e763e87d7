s = ['\a\b\f\n\r\t\v\\\'\"', '\x00\x7f\xff', '\u00e9\u4e2d\U0001F600', 'a',
     '\0\07\077\101\1010', 'a\
b', r'\n\t\x', b'\x00\xff\n', rb'\x', rb'\d', 'é中文', """tri
ple""", '''t"''', "\'", '\q', b'\q']
for v in s:
    print(repr(v))
print(len('\U0001F600'), len(b'\xe2'))
print('a' 'b' "c" '''d''')
print(b'a' b'b')
print('x' * 3, 3 * 'y')
print('%s-%d-%05.1f-%x-%r' % ('a', 5, 2.25, 255, 'q'))
print("done")
