# SyntaxError: using a keyword as an assignment target
class = 3
