# SyntaxError for an empty f-string expression (3.12 wording)
x = 1
print(f"value: {}")
