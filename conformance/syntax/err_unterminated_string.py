# SyntaxError: unterminated string literal
s = 'hello
