import mypkg
from mypkg import util
print(util)
