# input() with a prompt reads lines from stdin
name = input('Name: ')
age = int(input('Age: '))
print(f'Hello {name}, next year you will be {age + 1}')
