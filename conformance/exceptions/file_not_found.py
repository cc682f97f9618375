# FileNotFoundError text and errno
try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
