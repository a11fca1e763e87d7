# CRLF line endings, tabs, form feeds and continuations
x = 1 + \
    2
if x:
	y = [1,
	     2]
	if y:
		print("tabs", x, y)

def f():
    return "ff"  
print(f())
s = """a
b"""
print(repr(s), len(s))
t = "c\
d"
print(repr(t))
u = (1,
# comment in brackets

  2)
print(u)
if u:
        pass
        
   # odd comment
        print("deep")
print("done")
