"""CPython 3.12's behaviour for the bounded-queue lesson (src/scenarios/bounded-queue/source.ts), for
bounded-queue.test.ts: the lesson as written and fixed (stdout, stderr, exit status, run as main.py),
each of the lesson's wrong lines on its own (what the page's table says), and REPL sessions: the lab's
program (ending in code.interact) fed lines on stdin. CPython does not echo piped input, the page's
console does (as a terminal would), so each line typed is put after the prompt that read it; stderr is
merged into stdout in the order written (-u). Library frames of tracebacks are dropped and addresses
written 0x… (paths and line numbers of our Lib differ from CPython's; the rest must be equal).

  ~/.pyenv/versions/3.12.1/bin/python3 scripts/gen-bounded-queue-expect.py
"""
import json, os, re, subprocess, sys, tempfile

assert sys.version_info[:2] == (3, 12), sys.version
OUT = "src/scenarios/bounded-queue/testdata/cpython.json"

SESSIONS = [
    {"name": "repl basics", "maxsize": 5, "lines": [
        "q.put(1)", "q.qsize()", "q.full()", "x = q.get()", "x", "q.get_nowait()",
        "q.put([1, 2])", "len(str(q.qsize()))", "for i in range(3): q.put(i)", "",
        "q.qsize()", "q.empty()", "[q.get() for _ in range(q.qsize())]", "q.get(block=False)",
        "exit()",
    ]},
    {"name": "the lesson's mistakes at >>>", "maxsize": 5, "lines": [
        "print(q.full)", "q.full", "q.full()", "q.put_nowait()", "q.get(block=True,time=10)",
        "q.put('how',block=True,timeout=3)", "q.get(block=True,timeout=10)", "exit()",
    ]},
    {"name": "full: put_nowait raises, put waits out its timeout", "maxsize": 2, "lines": [
        "q.put_nowait('x1')", "q.put_nowait('x2')", "q.put_nowait('x3')", "q.put('x3', timeout=3)",
        "q.full(), q.qsize()", "q.get_nowait(); q.get_nowait()", "q.get(timeout=0.5)",
        "if q.empty():", "    print('empty again')", "", "exit()",
    ]},
]


def source(*args):
    return subprocess.run(["npx", "tsx", "scripts/bounded-queue-source.ts", *map(str, args)], check=True, capture_output=True, text=True).stdout


def normalise(text):
    """Drops library frames (a File line not of <console>/main.py and its indented lines) and addresses."""
    out, skip = [], False
    # CPython names the script by its absolute path; the page's VM runs it as main.py.
    text = re.sub(r'File "[^"]*/main\.py"', 'File "main.py"', text)
    for line in text.split("\n"):
        m = re.match(r'  File "([^"]*)", line \d+', line)
        if m:
            skip = m.group(1) not in ("<console>", "main.py")
            if skip:
                continue
        elif skip and line.startswith("    "):
            continue
        else:
            skip = False
        out.append(line)
    return re.sub(r"0x[0-9a-f]+", "0x…", "\n".join(out))


def echoed(text, lines):
    """CPython's piped output with each line typed after the prompt (`>>> `/`... `) that read it."""
    out, i, at_start, k = [], 0, True, 0
    while i < len(text):
        if at_start and k < len(lines) and text.startswith((">>> ", "... "), i):
            out.append(text[i:i + 4] + lines[k] + "\n")
            k += 1
            i += 4
            continue
        ch = text[i]
        out.append(ch)
        at_start = ch == "\n"
        i += 1
    assert k == len(lines), (k, len(lines))
    return "".join(out)


def run(src, stdin=""):
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "main.py"), "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "-u", "main.py"], input=stdin, cwd=tmp, capture_output=True, text=True, timeout=30)
        return r


out = {"lessons": [], "lines": [], "sessions": []}
for variant in ("seed", "fixed"):
    r = run(source(variant, 5, 0, 0, "zh"))
    out["lessons"].append({"variant": variant, "stdout": normalise(r.stdout), "stderr": normalise(r.stderr), "status": r.returncode})

# Each wrong line of the lesson after the lines before it (the table shows the ones a run never reaches).
PRELUDE = "import multiprocessing\nq=multiprocessing.Queue(5)\n"
for stmt in ("print(q.full)", "q.put('how',block=True,timeout=3)", "q.put_nowait()", "q.get(block=True,time=10)"):
    r = run(PRELUDE + "q.put('how',block=True,timeout=3)\n" * (stmt == "q.get(block=True,time=10)") + stmt + "\n")
    last = r.stderr.strip().split("\n")[-1] if r.returncode else ""
    out["lines"].append({"stmt": stmt, "stdout": normalise(r.stdout), "raises": last})

for s in SESSIONS:
    src = source("lab", s["maxsize"], 0, 0, "en")
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "main.py"), "w", encoding="utf-8") as f:
            f.write(src)
        p = subprocess.run([sys.executable, "-u", "main.py"], input="\n".join(s["lines"]) + "\n", cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
    text = echoed(p.stdout, s["lines"])
    # The banner's first line names the build (compiler, date): only its shape is compared.
    text = re.sub(r"\APython 3\.12\.\d+ \([^\n]*\n", "Python 3.12\n", text)
    out["sessions"].append({**s, "transcript": normalise(text), "status": p.returncode})

with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(json.dumps(out, ensure_ascii=False, indent=1))
