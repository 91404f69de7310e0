"""Running the second half of a long, pure computation in a forked child process.

The suggestion pass is plain Python, so one process uses one core. Where the work is a
list of independent tasks that mostly read (scanning the bodies near each header for its
bigrams, placing captions by their words) and the machine has a second core, a child
forked at that moment computes the second half while this process computes the first;
the child's answer comes back as JSON through a pipe (the engine unpickles nothing, not
even from itself). The child only reads what it inherited and never touches Qt or files.
Work that mostly allocates gains little: on the machines measured, two processes filling
fresh memory slow each other down.

Anything unusual (no ``fork``, one core, ``ZHENGWEN_WORKERS=1``, a child that fails or is
killed) falls back to computing everything here: the result is the same either way, only
slower. Tests force the split on small inputs (``min_work=0``) and compare.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager

MIN_WORK = 2000   # below this much work (tasks, or the sum of their weights) forking costs more


_ONE_CORE = False   # set while the page is already computed in pieces on every core


@contextmanager
def one_core():
    """Within it, :func:`split_run` computes everything in this process."""
    global _ONE_CORE
    before, _ONE_CORE = _ONE_CORE, True
    try:
        yield
    finally:
        _ONE_CORE = before


def cores() -> int:
    if _ONE_CORE or os.environ.get("ZHENGWEN_WORKERS", "").strip() == "1":
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def split_run(fn, n, weights=None, min_work=MIN_WORK):
    """``fn(0, n)``, computed as ``fn(0, m) + fn(m, n)`` with the second part in a forked
    child when it is worth it. ``fn(lo, hi)`` must return a list and depend only on its
    arguments and on state it does not change. ``weights`` (the work of each task) chooses
    ``m`` so both halves hold about the same work. Results travel as JSON: tuples come
    back as lists.

    >>> split_run(lambda lo, hi: [i * i for i in range(lo, hi)], 6, min_work=0)
    [0, 1, 4, 9, 16, 25]
    """
    if n < 2 or (sum(weights) if weights else n) < min_work or cores() < 2 or not hasattr(os, "fork"):
        return fn(0, n)
    m = _middle(n, weights)
    try:
        r, w = os.pipe()
    except OSError:
        return fn(0, n)
    try:
        pid = os.fork()
    except OSError:
        os.close(r)
        os.close(w)
        return fn(0, n)
    if pid == 0:   # the child: compute, send, leave without running anything of the parent's
        code = 1
        try:
            os.close(r)
            data = json.dumps(fn(m, n), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            view = memoryview(data)
            while view:
                view = view[os.write(w, view):]
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    try:
        first = fn(0, m)
    except BaseException:
        os.close(r)
        reap(pid)
        raise
    chunks = []
    with os.fdopen(r, "rb") as f:
        while True:
            chunk = f.read(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    ok = reap(pid)
    if ok:
        try:
            return first + json.loads(b"".join(chunks))
        except Exception:  # noqa: BLE001 - a garbled answer: compute it here
            pass
    return first + fn(m, n)


def _middle(n, weights):
    if not weights:
        return n // 2
    half, acc = sum(weights) / 2, 0
    for i, x in enumerate(weights):
        acc += x
        if acc >= half:
            return max(1, min(n - 1, i + 1))
    return n // 2


def reap(pid) -> bool:
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
