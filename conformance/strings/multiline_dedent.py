# triple-quoted strings and textwrap
import textwrap
text = """\
    first line
      indented
    last"""
print(textwrap.dedent(text))
print(textwrap.fill('The quick brown fox jumps over the lazy dog again and again', width=20))
print(textwrap.shorten('Hello  world, this is long', width=15), textwrap.indent('a\nb', '> '))
