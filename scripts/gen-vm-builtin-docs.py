"""Writes src/python/vm/builtin-docs.json: the __doc__ of CPython 3.12's builtin functions.

Data, not code: builtin-docs.ts imports it, so CPython's prose stays out of the TypeScript.
Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-vm-builtin-docs.py
"""
import builtins, json, os, sys, types

assert sys.version_info[:2] == (3, 12), sys.version
docs = {n: getattr(builtins, n).__doc__ for n in sorted(dir(builtins))
        if isinstance(getattr(builtins, n), types.BuiltinFunctionType) and not n.startswith('_')}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'python', 'vm', 'builtin-docs.json')
with open(out, 'w', encoding='utf-8') as f:
    # Pairs, not an object: a loader that turns JSON keys into named exports chokes on `eval`.
    json.dump(list(docs.items()), f, ensure_ascii=False, indent=1)
    f.write('\n')
print(len(docs), 'docs ->', out)
