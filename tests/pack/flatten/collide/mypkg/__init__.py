"""A package whose __init__ binds a name that is also one of its modules."""
util = "the attribute"
