"""Benchmarks of the suggestion engine (prints figures; asserts nothing about time).

    python tests/perf/bench_reflow.py [LINES] [--rounds N]

1. ``python -m app reflow`` on a big page against ``shared/perf/naive_reflow.py``, run
   alternately in one session: both times, the ratio, and the peak memory of each child
   (``ru_maxrss`` from ``os.wait4``: of a reflow that forks, the larger process's; the
   forked half does not wait to be reaped by its parent, so this script makes itself
   the subreaper that collects it).
   Then, in this process, where the time of a one-process run goes: decoding and
   splitting, the engine pass with the document (``page_document``, as the command makes
   it), ``build_corpus`` and the JSON text.
2. Re-suggesting one article of a 100k-line document after an operation (the time added
   to the operation by ``Document.resuggest``).
"""
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
SAMPLE = SHARED / "samples" / "000_9e2dafac320f447e.txt"


def make_page(n, path):
    subprocess.run([sys.executable, str(SHARED / "perf" / "make_big_page.py"), str(SAMPLE), str(n), str(path)],
                   check=True, capture_output=True)


def become_subreaper():
    """Orphans of our children (a forked half left to exit on its own) become ours."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)   # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def run_child(cmd, cwd=None):
    """Run ``cmd``: its seconds until it exits, and the peak resident memory in KiB of it
    and of any process it forked (``RUSAGE_CHILDREN`` would also count the page
    generator, which peaks higher than the naive run)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    peak = usage.ru_maxrss
    while True:   # the forked half, reparented here once its parent exited
        try:
            _, _, usage = os.wait4(-1, 0)
        except ChildProcessError:
            break
        peak = max(peak, usage.ru_maxrss)
    return seconds, peak


def bench_reflow(n, rounds):
    tmp = Path(tempfile.mkdtemp())
    page = tmp / "big.txt"
    make_page(n, page)
    naive_t, ours_t = [], []
    peak_naive = peak = 0
    become_subreaper()
    for _ in range(rounds):
        secs, rss = run_child([sys.executable, str(SHARED / "perf" / "naive_reflow.py"), str(page), str(tmp / "naive.txt")])
        naive_t.append(secs)
        peak_naive = max(peak_naive, rss)
        secs, rss = run_child([sys.executable, "-m", "app", "reflow", str(page), "-o", str(tmp / "ours.json")], cwd=ROOT)
        ours_t.append(secs)
        peak = max(peak, rss)
    a, b = min(naive_t), min(ours_t)
    print(f"reflow {n} lines: naive {a:.2f} s, ours {b:.2f} s, ratio {b / a:.2f} (target <= 5), "
          f"peak {peak / 1024 / 1024:.2f} GiB (target < 1.5; naive peak {peak_naive / 1024:.0f} MiB)")
    bench_stages(page)


def bench_stages(page):
    """Seconds of each stage of one reflow of the whole page in this one process, as the
    command runs it (the run above computes two halves of these at once)."""
    from app.corpus import build_corpus
    from app.decoding import read_source
    from app.lines import split_lines
    from app.document import Source
    from app.export import to_json
    from app.loader import page_document
    times = {}
    t = time.perf_counter()
    dec = read_source(page)
    lines = split_lines(dec.text)
    times["decode+split"] = time.perf_counter() - t
    t = time.perf_counter()
    doc = page_document(Source(page.name, dec.text), lines, explain=False)
    times["engine+document"] = time.perf_counter() - t
    t = time.perf_counter()
    corpus = build_corpus(doc)
    times["build_corpus"] = time.perf_counter() - t
    t = time.perf_counter()
    to_json(corpus)
    times["json"] = time.perf_counter() - t
    print("  stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))


def bench_resuggest(n=100_000, repeats=20):
    from app.document import Source
    from app.operations import SetLabel, SetParagraphEnd
    from app.suggest import make_resuggest, open_document
    tmp = Path(tempfile.mkdtemp())
    page = tmp / "p.txt"
    make_page(n, page)
    lines = page.read_text(encoding="utf-8").split("\n")
    doc = open_document(Source("p.txt", ""), lines)
    doc.resuggest = make_resuggest
    rows = [r for r in range(len(doc) // 2, len(doc) // 2 + 4000) if doc.label[r] == "paragraph"][:repeats]
    times, spans = [], []
    for r in rows:
        op = SetParagraphEnd(r) if r % 2 else SetLabel(r, r + 1, "paragraph")
        ch = op.apply(doc)
        t = time.perf_counter()
        follow = make_resuggest(doc, ch)
        if follow is not None:
            follow.apply(doc)
            spans.append(follow.hi - follow.lo)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"re-suggest one article of a {len(doc)}-row document: median {1000 * times[len(times) // 2]:.2f} ms, "
          f"max {1000 * times[-1]:.2f} ms (target <= 10), rows looked at: median "
          f"{sorted(spans)[len(spans) // 2] if spans else 0}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
    if "--rounds" in sys.argv:
        args = [a for a in args if a != str(rounds)]
    bench_resuggest()
    bench_reflow(int(args[0]) if args else 1_000_000, rounds)
