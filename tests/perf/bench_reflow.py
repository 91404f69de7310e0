"""The engine's speed as a ratio to the naive joiner (``shared/perf/naive_reflow.py``), each
pair measured alternately on the same input in one run, so the machine's load weighs on
both alike. Prints figures; asserts nothing but the memory bound of the big page.

    python tests/perf/bench_reflow.py [--rounds N] [--pages N] [--lines N] [--root CHECKOUT]

1. the sample page (about 900 lines) as a process: ``python -m app reflow`` against
   ``python naive_reflow.py``, start-up included;
2. the same page as a call in this process: ``app.cli.main(["reflow", ...])`` against the
   naive joiner's ``main``, both reading the file and writing their output;
3. ``--pages`` made pages (tests/perf/make_pages.py) in one process each: the command given
   every page against the naive joiner given their folder; also pages per CPU-second;
4. a page of ``--lines`` lines (the sample repeated by ``shared/perf/make_big_page.py``) in
   one process each, with the peak resident memory of each (it must stay under 1.5 GiB).

``--root`` measures the engine of another checkout (e.g. an older commit unpacked with
``git archive``) with this script and the same inputs. Each figure is the median of the
rounds; the naive joiner's time is its own median. Wall and CPU time are both given: on a
busy machine the CPU ratio is the steadier.
"""
import argparse
import importlib.util
import itertools
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SHARED = Path(os.environ.get("ZHENGWEN_SHARED") or ROOT.parent / "shared")
NAIVE = SHARED / "perf" / "naive_reflow.py"
BIG_PAGE_MAKER = SHARED / "perf" / "make_big_page.py"
SAMPLE = ROOT / "tests" / "data" / "samples" / "000_9e2dafac320f447e.txt"
PEAK_LIMIT_GIB = 1.5


# Children may write and read compiled bytecode, as an installed program does: with
# PYTHONDONTWRITEBYTECODE set, every run would compile every module's source again.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(cmd, cwd=None):
    """Run ``cmd`` to its end: (wall seconds, CPU seconds, peak resident KiB) of that child."""
    t = time.perf_counter()
    proc = subprocess.Popen([str(c) for c in cmd], cwd=cwd, stdout=subprocess.DEVNULL, env=CHILD_ENV)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    code = os.waitstatus_to_exitcode(status)
    if code:
        raise subprocess.CalledProcessError(code, cmd)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def alternate(rounds, naive, ours):
    """Call ``naive`` and ``ours`` in turn ``rounds`` times after one untimed call of each
    (which also leaves compiled bytecode behind); each returns a tuple whose first item is
    seconds. The medians of each item, naive's then ours."""
    naive(), ours()
    a, b = [], []
    for _ in range(rounds):
        a.append(naive())
        b.append(ours())
    return ([statistics.median(x) for x in zip(*a)], [statistics.median(x) for x in zip(*b)])


def report(what, naive, ours, extra=""):
    """Wall and CPU seconds of each and their ratios (on a busy machine the CPU ratio is the
    steadier one: waiting for a core counts in wall time only)."""
    print(f"{what:42} wall: naive {naive[0]:7.3f} s, ours {ours[0]:7.3f} s, ratio {ours[0] / naive[0]:5.2f}"
          f"   CPU: naive {naive[1]:7.3f} s, ours {ours[1]:7.3f} s, ratio {ours[1] / naive[1]:5.2f}{extra}", flush=True)


def sample_as_process(root, tmp, rounds):
    naive, ours = alternate(
        rounds,
        lambda: run_child([sys.executable, NAIVE, SAMPLE, tmp / "naive.txt"]),
        lambda: run_child([sys.executable, "-m", "app", "reflow", SAMPLE, "-o", tmp / "ours.json"], cwd=root))
    report(f"sample ({line_count(SAMPLE)} lines), process", naive, ours)


def sample_as_call(root, tmp, rounds):
    spec = importlib.util.spec_from_file_location("naive_reflow", NAIVE)
    naive_mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(naive_mod)
    sys.path.insert(0, str(root))
    from app.cli import main
    assert Path(sys.modules["app"].__file__).resolve().is_relative_to(Path(root).resolve())

    def timed(fn):
        t, c = time.perf_counter(), time.process_time()
        fn()
        return time.perf_counter() - t, time.process_time() - c

    main(["reflow", str(SAMPLE), "-o", str(tmp / "ours.json")])   # imports done before timing
    naive, ours = alternate(
        rounds * 20,
        lambda: timed(lambda: naive_mod.main(SAMPLE, tmp / "naive.txt")),
        lambda: timed(lambda: main(["reflow", str(SAMPLE), "-o", str(tmp / "ours.json")])))
    report("sample, call in this process", naive, ours)


def made_pages(root, tmp, rounds, count):
    pages = tmp / "made"
    subprocess.run([sys.executable, HERE / "make_pages.py", pages, str(count)], check=True,
                   capture_output=True)
    inputs = sorted(pages.glob("*.txt"))
    lines = sum(line_count(p) for p in inputs)
    outs = itertools.count()
    # one process, as the naive joiner (an engine from before --jobs had no pool)
    helptext = subprocess.run([sys.executable, "-m", "app", "reflow", "--help"], cwd=root,
                              capture_output=True, text=True).stdout
    one_process = ["--jobs", "1"] if "--jobs" in helptext else []

    def ours_run():
        # A fresh folder each round: the command skips pages a manifest says are done.
        out = tmp / f"ours-out-{next(outs)}"
        try:
            return run_child([sys.executable, "-m", "app", "reflow", *inputs, "-o", out, *one_process], cwd=root)
        finally:
            shutil.rmtree(out, ignore_errors=True)

    naive, ours = alternate(
        rounds,
        lambda: run_child([sys.executable, NAIVE, pages, tmp / "naive-out"]),
        ours_run)
    report(f"{len(inputs)} made pages ({lines} lines), one process", naive, ours,
           f"   {len(inputs) / ours[1]:.0f} pages per CPU-second (naive {len(inputs) / naive[1]:.0f})")


def big_page(root, tmp, rounds, n):
    page = tmp / "big.txt"
    subprocess.run([sys.executable, BIG_PAGE_MAKER, SAMPLE, str(n), page], check=True, capture_output=True)
    naive, ours = alternate(
        rounds,
        lambda: run_child([sys.executable, NAIVE, page, tmp / "naive.txt"]),
        lambda: run_child([sys.executable, "-m", "app", "reflow", page, "-o", tmp / "ours.json"], cwd=root))
    peak = ours[2] / 1024 / 1024
    report(f"page of {line_count(page)} lines, one process", naive, ours,
           f"   peak {peak:.2f} GiB (limit {PEAK_LIMIT_GIB}; naive {naive[2] / 1024:.0f} MiB)")
    assert peak < PEAK_LIMIT_GIB, f"peak resident memory {peak:.2f} GiB"


def line_count(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--rounds", type=int, default=3, help="alternations of each pair (default 3)")
    p.add_argument("--pages", type=int, default=1000, help="made pages (default 1000; 0 to leave out)")
    p.add_argument("--lines", type=int, default=1_000_000, help="lines of the big page (default 1M; 0 to leave out)")
    p.add_argument("--root", type=Path, default=ROOT, help="the checkout whose engine is measured")
    a = p.parse_args(argv)
    for needed in (NAIVE, BIG_PAGE_MAKER):
        if not needed.is_file():
            raise SystemExit(f"{needed} is missing: the naive joiner and the big-page maker are in shared/perf")
    print(f"engine: {a.root.resolve()}   python {sys.version.split()[0]}   "
          f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-reflow-"))
    try:
        sample_as_process(a.root, tmp, a.rounds)
        sample_as_call(a.root, tmp, a.rounds)
        if a.pages:
            made_pages(a.root, tmp, a.rounds, a.pages)
        if a.lines:
            big_page(a.root, tmp, max(1, a.rounds // 3), a.lines)
    finally:
        shutil.rmtree(tmp)
    print(f"this process's peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
