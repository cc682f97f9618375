#!/usr/bin/env python3
"""Regenerates src/python/testdata/*.json from CPython 3.12 itself.

Each src/python/testdata/{ok,errors}/<topic>.py holds snippets separated by a
line that is exactly `# ---`. For ok/ snippets we record CPython's AST with
positions; for errors/ snippets the SyntaxError fields and the exact stderr
of `python3 prog.py`; for dis/ snippets every code object's instructions
(opname, arg, argrepr, line; no CACHE entries) as dis.get_instructions gives them,
with co_positions(), the exception table, co_stacksize and co_qualname. Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-python-front-expect.py
"""
import ast
import dis
import json
import os
import re
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 12), "expectations must come from CPython 3.12"

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "python", "testdata")
SEP = "# ---\n"


def snippets(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [s for s in text.split(SEP) if s.strip()]


def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": v}
    if isinstance(v, complex):
        return {"complex": v.imag}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if v is Ellipsis:
        return {"ellipsis": True}
    raise TypeError(type(v))


def dump(node):
    if isinstance(node, list):
        return [dump(n) for n in node]
    if not isinstance(node, ast.AST):
        return node
    if not node._fields and not node._attributes:
        return type(node).__name__  # operators and contexts
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        out[f] = const(v) if isinstance(node, ast.Constant) and f == "value" else dump(v)
    for a in node._attributes:
        if hasattr(node, a):
            out[a] = getattr(node, a)
    return out


def run_ok(src):
    return {"src": src, "ast": dump(ast.parse(src))}


def run_error(src, tmp):
    try:
        compile(src, "/path/prog.py", "exec")
    except SyntaxError as e:
        err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
               "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": e.text}
    else:
        raise SystemExit(f"snippet compiles but is in errors/: {src!r}")
    prog = os.path.join(tmp, "prog.py")
    with open(prog, "w", encoding="utf-8") as f:
        f.write(src)
    r = subprocess.run([sys.executable, prog], capture_output=True, text=True, timeout=10)
    err["stderr"] = r.stderr.replace(prog, "/path/prog.py")
    return {"src": src, "error": err}


def code_entries(co):
    ins = []
    positions = []
    for i in dis.get_instructions(co):
        repr_ = re.sub(r"<code object (\S+) at .*>", r"<code object \1>", i.argrepr)
        ins.append([i.opname, i.arg, repr_, i.positions.lineno])
        positions.append(list(i.positions))
    table = [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)]
    out = [{"name": co.co_name, "instructions": ins, "positions": positions, "exceptiontable": table,
            "stacksize": co.co_stacksize, "qualname": co.co_qualname}]
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            out.extend(code_entries(c))
    return out


def run_dis(src):
    return {"src": src, "code": code_entries(compile(src, "/path/prog.py", "exec"))}


def run_carets(src):
    """Runs a snippet that raises; records each traceback frame's line, position and caret line."""
    import linecache
    import traceback
    name = "/path/prog.py"
    linecache.cache[name] = (len(src), None, src.splitlines(True), name)
    try:
        exec(compile(src, name, "exec"), {"__name__": "__main__"})
    except Exception as e:
        frames = []
        for fs in traceback.extract_tb(e.__traceback__)[1:]:
            text = traceback.format_list([fs])[0].split("\n")
            caret = text[2] if len(text) > 3 and text[2].strip() else None
            frames.append({"line": fs._original_line, "pos": [fs.lineno, fs.end_lineno, fs.colno, fs.end_colno], "caret": caret})
        return {"src": src, "frames": frames}
    raise SystemExit(f"snippet does not raise: {src!r}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("ok", "errors", "dis", "carets"):
            folder = os.path.join(ROOT, kind)
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".py"):
                    continue
                run = {"ok": run_ok, "dis": run_dis, "carets": run_carets}.get(kind) or (lambda s: run_error(s, tmp))
                cases = [run(s) for s in snippets(os.path.join(folder, name))]
                out = os.path.join(ROOT, f"{name[:-3]}.{kind}.json")
                with open(out, "w", encoding="utf-8") as f:
                    json.dump(cases, f, indent=1, ensure_ascii=False)
                    f.write("\n")
                print(f"{out}: {len(cases)} cases")


main()
