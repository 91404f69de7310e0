"""Rerun the figures of docs/reliability.md's table ("What was tried") and print them as Markdown.

    .venv/bin/python tests/reliability_report.py            # everything (the 1M-line page takes minutes)
    .venv/bin/python tests/reliability_report.py --quick    # without the 20 MB / 1M-line files (80 s)
    .venv/bin/python tests/reliability_report.py --kills 2000 --fuzz-scale 20 --monkey-keys 5000

Each figure comes from the same code the test suite runs (tests/test_*.py), with larger
counts; nothing here is measured any other way.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path[:0] = [str(ROOT), str(TESTS), str(TESTS / "data")]

import make_awkward  # noqa: E402
import test_awkward_inputs as awk  # noqa: E402
import test_atomic_kill as kill  # noqa: E402

PY = sys.executable


def section(title):
    print(f"\n### {title}\n", flush=True)


def inputs(big: bool):
    section("Awkward inputs: `zhengwen reflow FILE -o OUT.json`, one process each")
    rows, bad = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "in", Path(tmp) / "out"
        out.mkdir()
        expected = make_awkward.make_all(folder, big=big)
        cases = {n: (folder / n, e, None) for n, e in expected.items()}
        cases.update(awk.extra_cases(folder))
        for name, (path, exp, preexec) in sorted(cases.items()):
            data = path.read_bytes() if path.is_file() and os.access(path, os.R_OK) and name in expected else None
            res = awk.finish(awk.run_reflow(path, out / (name + ".json"), preexec, timeout=900))
            try:
                awk.check_outcome(name, data, exp, res)
                verdict = "as expected"
            except AssertionError as e:
                verdict = f"**UNEXPECTED**: {str(e).splitlines()[0][:120]}"
                bad += 1
            if res["rc"] == 0:
                corpus = json.loads(res["out"].read_text(encoding="utf-8"))
                what = (f"corpus: {corpus['source']['encoding']}, {corpus['source']['lines']} lines, "
                        f"{len(corpus['articles'])} articles")
            else:
                what = f"exit {res['rc']}: " + res["stderr"].replace(str(folder) + "/", "").splitlines()[0] \
                    .replace("|", "\\|")[:110] if res["stderr"] else f"exit {res['rc']}"
            size = f"{path.stat().st_size / 1e6:.1f} MB" if path.is_file() else "–"
            rows.append(f"| `{name}` | {size} | {what} | {res['seconds']:.2f} s | {verdict} |")
    print("| input | size | outcome | time | check |\n|---|---|---|---|---|")
    print("\n".join(rows))
    print(f"\n{len(rows)} inputs, {len(rows) - bad} as expected, {bad} unexpected.")
    return bad


def kills(rounds: int):
    section(f"SIGKILL during saves: {rounds} rounds")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.monotonic()
        counts = kill.kill_rounds(Path(tmp), rounds=rounds, seed=int(time.time()))
        secs = time.monotonic() - t
    print(f"{counts['rounds']} kills in {secs:.0f} s; the session file afterwards was the old state "
          f"{counts['old']} times and the new state {counts['new']} times, never anything else; "
          f"{counts['temp_files_left']} kills landed inside a write (after the temporary file was made).")
    return 0


def pytest_run(args, env=None, label=""):
    t = time.monotonic()
    res = subprocess.run([PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                         capture_output=True, text=True, env=dict(os.environ, **(env or {})))
    secs = time.monotonic() - t
    tail = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else res.stderr.strip()[-200:]
    return res, secs, tail


def faults():
    section("Faults injected into saving and exporting")
    res, secs, tail = pytest_run(["tests/test_atomic_kill.py", "tests/test_recovery.py", "-k",
                                  "failed_save or full_disk or read_only_folder or failed_recovery_write", "-v", "-v"])
    for line in res.stdout.splitlines():
        m = re.match(r"\S+::(.+?) (PASSED|FAILED)", line)
        if m:
            print(f"- {m.group(1)}: {'survived' if m.group(2) == 'PASSED' else 'FAILED'}")
    print(f"`pytest tests/test_atomic_kill.py tests/test_recovery.py -k ...`: {tail} ({secs:.0f} s)")
    return res.returncode


def fuzz(scale: float):
    section(f"Property and fuzz tests (hypothesis), examples x{scale:g}")
    res, secs, tail = pytest_run(["tests/test_fuzz.py", "tests/test_security.py", "tests/test_properties.py", "-k",
                                  "random or damaged or harmless or fresh_replay", "--hypothesis-show-statistics"],
                                 env={"ZHENGWEN_FUZZ_SCALE": str(scale)})
    total = 0
    for block in re.split(r"\n(?=tests/\S+::\S+:\n)", res.stdout):
        name = re.match(r"(tests/\S+::\S+):\n", block)
        if not name:
            continue
        passing = sum(int(n) for n in re.findall(r"- (\d+) passing", block))
        failing = sum(int(n) for n in re.findall(r"(\d+) failing", block))
        print(f"- `{name.group(1)}`: {passing} passing examples, {failing} failing")
        total += passing
    print(f"\n{total} examples in all: {tail} ({secs:.0f} s)")
    return res.returncode


def gui(keys: int):
    section(f"The window: GUI monkey ({keys} keys) and crash recovery")
    res, secs, tail = pytest_run(["tests/gui/test_monkey.py", "tests/test_recovery.py", "-k",
                                  "monkey or killed_window", "-s"], env={"ZHENGWEN_MONKEY_KEYS": str(keys)})
    for line in res.stdout.splitlines():
        m = re.search(r"(monkey|crash): .*", line)
        if m:
            print(f"- {m.group(0)}")
    print(f"\n{tail} ({secs:.0f} s)")
    return res.returncode


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 20 MB and 1M-line inputs")
    ap.add_argument("--kills", type=int, default=1000)
    ap.add_argument("--fuzz-scale", type=float, default=10)
    ap.add_argument("--monkey-keys", type=int, default=2000)
    a = ap.parse_args(argv)
    failures = inputs(big=not a.quick)
    failures += kills(a.kills)
    failures += bool(faults())
    failures += bool(fuzz(a.fuzz_scale))
    failures += bool(gui(a.monkey_keys))
    print(f"\n{'all figures as expected' if not failures else f'{failures} part(s) failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
