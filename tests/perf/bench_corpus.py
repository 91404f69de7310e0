"""Benchmark of a whole archive through ``zhengwen reflow`` (prints figures; asserts nothing
about time). Issue 18's targets, each as a ratio, in one run:

    python tests/perf/bench_corpus.py [--pages 1000] [--big 10000] [--rounds 2] [--keep DIR] [--only 1,2,3,4]

1. ``--jobs 2`` against ``--jobs 1`` on PAGES made pages (``tests/perf/make_pages.py``),
   pages per second (target >= 1.8 on two cores);
2. the engine against ``shared/perf/naive_reflow.py`` over the same pages, each in one
   process, CPU seconds (target <= 5);
3. the peak memory of a ``--jobs 1`` run of BIG pages against one of PAGES (target:
   within 20 %), into shards and into one file; BIG pages are PAGES copies of the made pages repeated under other folders
   (the made pages' text varies little, and making 10,000 takes longer than the run);
4. a ``--jobs 2`` run killed at a random moment (the whole process group, SIGKILL) and run
   again, against one clean ``--jobs 1`` run: the same bytes or not;
and the pages per CPU-second a cluster's cost follows from (docs/batch.md).

Each command is timed as a child process (``os.wait4``: its wall time, its CPU time and
that of the pool it started, and its own peak resident memory); runs alternate, the best
of ``--rounds`` is kept.
"""
import hashlib
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
NAIVE = SHARED / "perf" / "naive_reflow.py"


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def make_pages(folder: Path, count: int, seed: int = 11) -> None:
    subprocess.run([sys.executable, str(ROOT / "tests" / "perf" / "make_pages.py"), str(folder), str(count),
                    "--seed", str(seed)], check=True, capture_output=True)
    for gold in folder.glob("*.gold.json"):
        gold.unlink()


def repeat_pages(src: Path, dst: Path, count: int) -> None:
    """``count`` pages: the pages of ``src`` again and again under numbered folders."""
    pages = sorted(src.glob("*.txt"))
    for i in range(count):
        folder = dst / f"{i // len(pages):04d}"
        folder.mkdir(parents=True, exist_ok=True)
        os.link(pages[i % len(pages)], folder / pages[i % len(pages)].name)


def timed(cmd) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the child and the processes it waited for), peak KiB of
    the child itself."""
    before = os.times()
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{err}")
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, usage.ru_maxrss


def reflow(pages: Path, out, *extra):
    return [sys.executable, "-m", "app", "reflow", str(pages), "-o", str(out), *map(str, extra)]


def parts(folder: Path) -> str:
    """A digest of the part files' bytes in order, read a file at a time: this process stays
    small, since a child's peak memory counts this process's at the spawn (the kernel keeps
    the larger through ``exec``), and the bytes of 1,000 pages' parts held twice were 60 MiB."""
    digest = hashlib.sha256()
    for p in sorted(folder.glob("part-*.jsonl")):
        digest.update(p.read_bytes())
    return digest.hexdigest()


def bench_jobs(pages: Path, tmp: Path, rounds: int, n: int):
    walls = {1: [], 2: []}
    cpus = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            out = tmp / f"jobs{jobs}"
            shutil.rmtree(out, ignore_errors=True)
            wall, cpu, _ = timed(reflow(pages, f"{out}/", "--format", "jsonl", "--jobs", jobs))
            walls[jobs].append(wall)
            cpus[jobs].append(cpu)
    same = parts(tmp / "jobs1") == parts(tmp / "jobs2")
    w1, w2 = min(walls[1]), min(walls[2])
    print(f"1. --jobs 2 vs --jobs 1, {n} pages: {n / w1:.0f} vs {n / w2:.0f} pages/s, ratio {w1 / w2:.2f} "
          f"(target >= 1.8); CPU {min(cpus[1]):.1f} s vs {min(cpus[2]):.1f} s; same bytes: {same}")
    return n / min(cpus[1])


def bench_naive(pages: Path, tmp: Path, rounds: int, n: int):
    ours, naive = [], []
    for _ in range(rounds):
        shutil.rmtree(tmp / "naive", ignore_errors=True)
        naive.append(timed([sys.executable, str(NAIVE), str(pages), str(tmp / "naive")])[1])
        ours.append(timed(reflow(pages, tmp / "one.jsonl", "--jobs", "1"))[1])
    a, b = min(naive), min(ours)
    print(f"2. engine vs naive joiner, {n} pages in one process each: {b:.2f} vs {a:.2f} CPU s, "
          f"ratio {b / a:.2f} (target <= 5; both include starting Python)")


def bench_memory(pages: Path, tmp: Path, n: int, big: int):
    many = tmp / "many"
    repeat_pages(pages, many, big)
    small = timed(reflow(pages, f"{tmp / 'mem-small'}/", "--format", "jsonl", "--jobs", "1"))
    large = timed(reflow(many, f"{tmp / 'mem-big'}/", "--format", "jsonl", "--jobs", "1"))
    print(f"3. peak memory, {big} vs {n} pages (--jobs 1): {large[2] / 1024:.1f} vs {small[2] / 1024:.1f} MiB, "
          f"ratio {large[2] / small[2]:.2f} (target <= 1.2); {big / large[1]:.0f} pages/CPU-s over {big} pages")
    one_small = timed(reflow(pages, tmp / "small.jsonl", "--jobs", "1"))
    one_large = timed(reflow(many, tmp / "big.jsonl", "--jobs", "1"))
    print(f"   into one file (articles joined across pages): {one_large[2] / 1024:.1f} vs "
          f"{one_small[2] / 1024:.1f} MiB, ratio {one_large[2] / one_small[2]:.2f}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if own >= min(small[2], one_small[2]):
        print(f"   (this process's own peak, {own / 1024:.1f} MiB, is a floor under those figures: run --only 3)")


def bench_kill(pages: Path, tmp: Path, seed: int):
    clean, out = tmp / "clean", tmp / "killed"
    timed(reflow(pages, f"{clean}/", "--format", "jsonl", "--jobs", "1"))
    rng = random.Random(seed)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen(reflow(pages, f"{out}/", "--format", "jsonl", "--jobs", "2"), cwd=ROOT,
                                start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 4.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    timed(reflow(pages, f"{out}/", "--format", "jsonl", "--jobs", "2"))
    same = parts(out) == parts(clean) and (out / "manifest.jsonl").read_bytes() == (clean / "manifest.jsonl").read_bytes()
    print(f"4. killed {kills} times at random moments, then run again: same as one clean run: {same}")


def main():
    n, big, rounds = arg("--pages", 1000), arg("--big", 10000), arg("--rounds", 2)
    keep = arg("--keep", "")
    tmp = Path(keep or tempfile.mkdtemp(prefix="bench-corpus-"))
    pages = tmp / "pages"
    if not pages.is_dir():
        make_pages(pages, n)
    n = len(list(pages.glob("*.txt")))
    print(f"{n} made pages, {sum(p.stat().st_size for p in pages.glob('*.txt')) / n / 1024:.1f} KiB each on "
          f"average; {os.cpu_count()} cores")
    only = set(arg("--only", "1,2,3,4").split(","))
    if "1" in only:
        per_cpu = bench_jobs(pages, tmp, rounds, n)
        print(f"   pages per CPU-second (--jobs 1, start-up included): {per_cpu:.0f}")
    if "2" in only:
        bench_naive(pages, tmp, rounds, n)
    if "3" in only:
        bench_memory(pages, tmp, n, big)
    if "4" in only:
        bench_kill(pages, tmp, 18)
    if not keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
