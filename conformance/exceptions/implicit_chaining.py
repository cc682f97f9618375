# implicit chaining: During handling of the above exception, another exception occurred
d = {}
try:
    d['key']
except KeyError:
    print(undefined_name)
