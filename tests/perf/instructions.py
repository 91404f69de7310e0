"""Instructions a made page costs in a batch, counted by cachegrind (machine load does not
move the count, so two builds compare on a busy machine). Prints figures; asserts nothing.

    python tests/perf/instructions.py [--small 50] [--large 200] [--seed 11] [--naive]

Runs ``zhengwen reflow FOLDER -o one.jsonl --jobs 1`` on SMALL and on LARGE made pages
(``tests/perf/make_pages.py``, the first pages of one seed) under
``valgrind --tool=cachegrind`` and prints (I(LARGE) - I(SMALL)) / (LARGE - SMALL): the
cost of one more page with Python's start-up and the imports cancelled out. Bytecode is
compiled first, so the count is of a warm install. ``--naive`` counts
``shared/perf/naive_reflow.py`` the same way and prints the ratio.
"""
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAIVE = ROOT.parent / "shared" / "perf" / "naive_reflow.py"


def arg(name, default):
    return type(default)(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def instructions(cmd, tmp: Path) -> int:
    out = tmp / "cachegrind.out"
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
                           *cmd], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{done.stderr[-2000:]}")
    return int(re.search(r"I\s+refs:\s+([\d,]+)", done.stderr).group(1).replace(",", ""))


def engine(folder: Path, tmp: Path):
    return [sys.executable, "-m", "app", "reflow", str(folder), "-o", str(tmp / "one.jsonl"), "--jobs", "1"]


def naive(folder: Path, tmp: Path):
    shutil.rmtree(tmp / "naive", ignore_errors=True)
    return [sys.executable, str(NAIVE), str(folder), str(tmp / "naive")]


def per_page(command, small: Path, large: Path, tmp: Path, ns) -> float:
    return (instructions(command(large, tmp), tmp) - instructions(command(small, tmp), tmp)) / (ns[1] - ns[0])


def main():
    ns = arg("--small", 50), arg("--large", 200)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        every = tmp / "every"
        subprocess.run([sys.executable, str(ROOT / "tests" / "perf" / "make_pages.py"), str(every), str(ns[1]),
                        "--seed", str(arg("--seed", 11))], check=True, capture_output=True)
        pages = sorted(every.glob("*.txt"))
        small, large = tmp / "small", tmp / "large"
        for folder, n in ((small, ns[0]), (large, ns[1])):
            folder.mkdir()
            for p in pages[:n]:
                shutil.copy(p, folder / p.name)
        subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], cwd=ROOT, check=True)
        subprocess.run(engine(small, tmp), cwd=ROOT, check=True, capture_output=True)  # caches warm
        ours = per_page(engine, small, large, tmp, ns)
        print(f"engine: {ours / 1e6:.2f} M instructions a made page ({ns[1]} - {ns[0]} pages)")
        if "--naive" in sys.argv:
            floor = per_page(naive, small, large, tmp, ns)
            print(f"naive joiner: {floor / 1e6:.2f} M a page; ratio {ours / floor:.2f} (target <= 5)")


if __name__ == "__main__":
    main()
