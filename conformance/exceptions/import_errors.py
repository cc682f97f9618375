# ImportError / ModuleNotFoundError messages
try:
    import does_not_exist_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from math import nothing_here
except ImportError as e:
    print(e)
