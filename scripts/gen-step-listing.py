"""Writes src/python/step/testdata/listing_ticket.json: CPython 3.12's dis of
the ticket lesson as the page shows it (testdata/ticket_lesson.py, lock on and
off), every code object depth first (dis's order), keyed qualname@firstlineno,
instructions as [offset, opname, arg, argrepr, line] with code objects' addresses
dropped, for listing.test.ts. Run with ~/.pyenv/versions/3.12.1/bin/python3."""
import dis, json, os, re, sys

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'
here = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'step', 'testdata')


def walk(c, out):
    out.append({'key': f'{c.co_qualname}@{c.co_firstlineno}',
                'instrs': [[i.offset, i.opname, i.arg, re.sub(r' at 0x[0-9a-f]+', '', i.argrepr) if i.arg is not None else '', i.positions.lineno or 0]
                           for i in dis.get_instructions(c)]})
    for k in c.co_consts:
        if hasattr(k, 'co_code'):
            walk(k, out)


out = {}
for name in ['ticket_lesson.py', 'ticket_lesson_nolock.py']:
    src = open(os.path.join(here, name)).read()
    listing = []
    walk(compile(src, name, 'exec'), listing)
    out[name] = listing
with open(os.path.join(here, 'listing_ticket.json'), 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
