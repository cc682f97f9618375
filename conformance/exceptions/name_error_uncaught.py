# NameError uncaught, with 3.12's suggestion
values = [1, 2]
print(valuez)
