"""Writes src/python/step/testdata/dis_ticket.json: CPython 3.12's dis of
dis_ticket.py (module and sell()), code objects without their address, as [offset, opname, arg, argrepr, line]
lists, for step.test.ts. Run with ~/.pyenv/versions/3.12.1/bin/python3."""
import dis, json, os, re, sys

assert sys.version_info[:2] == (3, 12), 'needs CPython 3.12'
here = os.path.join(os.path.dirname(__file__), '..', 'src', 'python', 'step', 'testdata')
src = open(os.path.join(here, 'dis_ticket.py')).read()
code = compile(src, 'dis_ticket.py', 'exec')
out = {}
for c in [code] + [k for k in code.co_consts if hasattr(k, 'co_code')]:
    out[c.co_name] = [[i.offset, i.opname, i.arg, re.sub(r' at 0x[0-9a-f]+', '', i.argrepr) if i.arg is not None else '', i.positions.lineno or 0]
                      for i in dis.get_instructions(c)]
with open(os.path.join(here, 'dis_ticket.json'), 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
