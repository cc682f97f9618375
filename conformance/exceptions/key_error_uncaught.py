# KeyError uncaught shows the key repr
ages = {'ann': 30}
print(ages['bob'])
