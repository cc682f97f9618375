"""Writes src/url/testdata/code-param.json: programs and their `code=` values as
CPython makes them (raw DEFLATE via zlib.compressobj(wbits=-15), base64url
without padding), so code-param.test.ts checks our decoder against another
implementation. Run: ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-code-param-fixture.py
"""
import base64
import json
import pathlib
import zlib

PROGRAMS = [
    "",
    "print('hello')\n",
    "import threading\n\nlock = threading.Lock()\nticket = 20\n\ndef sell(name):\n    global ticket\n    with lock:\n        if ticket > 0:\n            ticket -= 1\n            print(f'{name}卖出一张，剩{ticket}张')\n",
    "# 你好，世界 🌏\nprint('线程1', '线程2')\n",
    "\n".join(f"x{i} = {i} * {i}  # line {i}" for i in range(600)) + "\n",
]


def encode(text: str, level: int) -> str:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    raw = c.compress(text.encode("utf-8")) + c.flush()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


cases = [{"text": t, "level": lvl, "value": encode(t, lvl)} for t in PROGRAMS for lvl in (9, 1)]
out = pathlib.Path(__file__).resolve().parent.parent / "src/url/testdata/code-param.json"
out.write_text(json.dumps({"generator": "scripts/gen-code-param-fixture.py", "cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {len(cases)} cases to {out}")
