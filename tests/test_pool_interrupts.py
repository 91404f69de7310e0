"""Ctrl+C and the pool of ``--jobs N`` (app/batch.py): the terminal sends SIGINT to the
whole process group, so a worker still starting, the pool's teardown, or the interpreter's
exit after the summary would get it too and print a traceback over the run's one-line summary."""
import os
import signal
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from app.batch import interrupts_deferred, interrupts_ignored

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups are POSIX")

# a process started in the background of a script (as CI may start the tests) begins with
# SIGINT ignored; a terminal's process has Python's handler: these tests put that one in place
AS_IN_A_TERMINAL = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler)\n"


@pytest.fixture
def as_in_a_terminal():
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)

# a parent starting a pool and Ctrl+C pressed (to its group) again and again while the
# workers start and import the engine; then the pool is asked for a result
STARTING = textwrap.dedent("""
    import os, signal, time
    from app.batch import close_pool, start_pool
    pool = start_pool(2)
    caught = 0
    for _ in range(40):
        try:
            os.killpg(0, signal.SIGINT)
            time.sleep(0.01)
        except KeyboardInterrupt:
            caught += 1
    print(caught, pool.submit(sum, [1, 2]).result(timeout=60))
    close_pool(pool)
""")


def test_a_ctrl_c_while_the_workers_start_is_the_parents_alone():
    r = subprocess.run([sys.executable, "-c", AS_IN_A_TERMINAL + STARTING], cwd=ROOT, capture_output=True, text=True,
                       timeout=120, start_new_session=True)
    assert r.stdout.split() == ["40", "3"], r.stdout + r.stderr     # the workers live on
    assert "Traceback" not in r.stderr and "KeyboardInterrupt" not in r.stderr, r.stderr
    assert r.returncode == 0, r.stderr


def test_a_ctrl_c_in_a_deferred_block_is_raised_when_it_ends(as_in_a_terminal):
    done = []
    with pytest.raises(KeyboardInterrupt):
        with interrupts_deferred():
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):       # the handler has had its chance to run
                pass
            done.append(True)
    assert done == [True]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_interrupts_ignored_puts_the_handler_back(as_in_a_terminal):
    with interrupts_ignored():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGINT)         # nothing happens
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# a run whose exit is cut by a Ctrl+C (an exit hook presses it, as the terminal would after
# the summary is printed, while the interpreter joins the pool's threads)
EXITING = textwrap.dedent("""
    import atexit, os, signal, sys, time
    atexit.register(lambda: (os.kill(os.getpid(), signal.SIGINT), time.sleep(0.2)))
    sys.argv = ["zhengwen", "reflow", sys.argv[1], "-o", sys.argv[2], "--jobs", "2"]
    from app.cli import run
    run()
""")


def test_a_ctrl_c_as_the_run_exits_is_no_traceback(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.txt").write_text("会议决定，全年粮食产量保持在一万三千亿斤以上。\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-c", AS_IN_A_TERMINAL + EXITING, str(pages), str(tmp_path / "out.jsonl")], cwd=ROOT,
                       capture_output=True, text=True, timeout=120, start_new_session=True)
    assert "3 pages" in r.stderr and "Traceback" not in r.stderr and "KeyboardInterrupt" not in r.stderr, r.stderr
    assert r.returncode == 0, r.stderr
