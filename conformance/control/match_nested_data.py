# match over nested tuples as a tiny command interpreter
cmds = [('push', 3), ('push', 4), ('add',), ('push', 10), ('mul',), ('print',), ('pop', 1, 2)]
stack = []
for cmd in cmds:
    match cmd:
        case ('push', int(v)):
            stack.append(v)
        case ('add',):
            stack.append(stack.pop() + stack.pop())
        case ('mul',):
            stack.append(stack.pop() * stack.pop())
        case ('print',):
            print(stack)
        case (op, *args):
            print('bad command', op, args)
