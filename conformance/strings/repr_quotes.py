# repr of strings containing quotes and escapes
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'back\\slash', '\x00\x7f', 'bell\a']:
    print(repr(s))
