"""The module that `from mypkg import util` does not give."""
VALUE = 1
