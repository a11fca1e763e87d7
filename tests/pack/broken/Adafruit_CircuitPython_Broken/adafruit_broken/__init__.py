"""This part compiles; the library is left out all the same."""
__version__ = "0.0.0+auto.0"
