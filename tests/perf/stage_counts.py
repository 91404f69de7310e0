"""Instructions each named function of the engine costs a made page, up to six in one run,
counted by callgrind. Prints figures; asserts nothing.

    python tests/perf/stage_counts.py [--pages 50] [--seed 11] MODULE:NAME [MODULE:CLASS.METHOD ...]

e.g. ``app.rules.pipeline:Page app.rules.pipeline:line_kinds app.corpus:_cleaned_rows``.
Callgrind counts C functions, not Python ones, so each named function is called through
its own C function of the interpreter that nothing else in the engine calls
(``sys.call_tracing``, ``functools.reduce``, ``itertools.starmap``'s next,
``operator.call``, ``Context.run``, ``operator.methodcaller``), and that C function's
inclusive count is the named one's, with all it calls. The name is replaced where it is
looked up: a function imported into another module is named there
(``app.rules.pipeline:section_heads``, not ``app.rules.heads:section_heads``). The pages
(``make_pages.py``, the first ones of a seed) run through the batch's path once before
the names are replaced, so first-use compiles and caches are out of the count. Each
call through a wrapper costs 1,000-2,000 instructions more: name functions a page calls
a few dozen times at most.
"""
import contextvars
import functools
import importlib
import itertools
import operator
import os
import re
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (the C function callgrind names, a wrapper calling f(*a, **k) through it)
WRAPPERS = [
    ("sys_call_tracing", lambda f: lambda *a, **k: sys.call_tracing(partial(f, *a, **k), ())),
    ("functools_reduce", lambda f: lambda *a, **k: functools.reduce(lambda x, y: f(*a, **k), (0, 0))),
    ("starmap_next", lambda f: lambda *a, **k: next(itertools.starmap(partial(f, **k), (a,)))),
    ("_operator_call", lambda f: lambda *a, **k: operator.call(f, *a, **k)),
    ("context_run", lambda f: lambda *a, **k: contextvars.Context().run(f, *a, **k)),
    ("methodcaller_call", lambda f: lambda *a, **k: operator.methodcaller("__call__", *a, **k)(f)),
]


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def replace(name, wrap):
    module, attr = name.split(":")
    owner = importlib.import_module(module)
    if "." in attr:
        cls, attr = attr.split(".")
        owner = getattr(owner, cls)
    setattr(owner, attr, wrap(getattr(owner, attr)))


def run_pages(folder: str, names: list[str]):
    """Under callgrind: the pages through the engine once, then again with ``names`` replaced."""
    sys.path.insert(0, str(ROOT))
    from app import corpus, loader
    pages = [loader.read_page(p, "utf-8", "strict") for p in sorted(Path(folder).glob("*.txt"))]

    def every_page():
        for src, lines in pages:
            corpus.build_corpus(loader.page_document(src, lines))
    every_page()
    for name, (_, wrap) in zip(names, WRAPPERS):
        replace(name, wrap)
    every_page()


def main():
    if "--run" in sys.argv:
        return run_pages(sys.argv[2], sys.argv[3:])
    n = arg("--pages", 50)
    names = [a for a in sys.argv[1:] if ":" in a][:len(WRAPPERS)]
    with tempfile.TemporaryDirectory() as t:
        folder, out = Path(t) / "pages", Path(t) / "callgrind.out"
        subprocess.run([sys.executable, str(ROOT / "tests" / "perf" / "make_pages.py"), str(folder), str(n),
                        "--seed", str(arg("--seed", 11))], check=True, capture_output=True)
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable,
                               __file__, "--run", str(folder), *names], cwd=ROOT, capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
        if done.returncode != 0:
            raise SystemExit(done.stderr[-2000:])
        table = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                               capture_output=True, text=True, check=True).stdout
    for name, (c_name, _) in zip(names, WRAPPERS):
        m = re.search(rf"^\s*([\d,]+) .*:{c_name} ", table, re.M)
        count = int(m.group(1).replace(",", "")) if m else 0
        print(f"{count / n / 1e6:7.3f} M a page  {name}")


if __name__ == "__main__":
    main()
