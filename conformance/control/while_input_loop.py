# while loop reading lines from stdin until EOF
count = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    count += 1
    print(f'{count}: {line.upper()}')
print('lines:', count)
