# string module constants and Template
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.Template('$who likes $what').substitute(who='Tim', what='kung pao'), string.capwords('hello   big world'))
