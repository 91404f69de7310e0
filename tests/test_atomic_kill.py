"""Saving survives SIGKILL at any moment: the session file is always the old or the new state.

A helper process (a plain ``python -c``, not pytest) loads two states of a real worked page
once, then serves rounds: it forks a saver that writes the two states alternately to one
path with :func:`app.session.save_session` as fast as it can, sleeps a random delay, kills
the saver with SIGKILL and reports back. After each round this test reads the file with
:func:`app.session.load_session` and requires it to be byte for byte one of the two states
(the writer is deterministic) and to load into exactly that state's columns.

``tests/reliability_report.py`` runs the same rounds many more times.
"""
import errno
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE
from faults import full_disk
from app.lines import split_lines
from app.document import Document, Source
from app.operations import EditText, SetLabel, SplitRow, start_article
from app.session import SessionError, load_session, save_session, session_bytes
from app.suggest import open_document

SERVER = r"""
import os, random, signal, sys, time
sys.path.insert(0, sys.argv[1])
from app.session import SessionError, load_session, save_session, session_bytes
target, a, b = sys.argv[2], load_session(sys.argv[3]), load_session(sys.argv[4])
session_bytes(a)  # import the writer's modules here, not in every saver
# how long a saver's two saves take on this machine now, so that the delays span whole
# saves however loaded it is (a fixed delay saw only the old state on a busy machine)
took = []
for _ in range(3):
    t = time.perf_counter()
    save_session(b, target)
    save_session(a, target)
    took.append(time.perf_counter() - t)
print("ready", max(took), flush=True)
for line in sys.stdin:
    delay = float(line)
    pid = os.fork()
    if pid == 0:
        try:
            while True:
                save_session(b, target)
                save_session(a, target)
        finally:
            os._exit(0)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    print("killed" if os.WIFSIGNALED(status) else f"exited {status}", flush=True)
"""


def two_states(tmp: Path):
    """A real page after suggestion (state A) and after a person's work on it (state B)."""
    text = SAMPLE.read_text(encoding="utf-8")
    a = open_document(Source("page.txt", text, path="page.txt"), split_lines(text))
    b = open_document(Source("page.txt", text, path="page.txt"), split_lines(text))
    rows = [r for r in range(len(b)) if b.label[r] is not None]
    b.do(SetLabel(rows[0], rows[0] + 1, "headline"))
    b.do(EditText(rows[3], "改过的文字，" + b.current_text(rows[3])))
    b.do(SplitRow(rows[5], 2, "paragraph"))
    op = start_article(b, rows[len(rows) // 2])
    if op is not None:
        b.do(op)
    pa, pb = tmp / "a.json", tmp / "b.json"
    save_session(a, pa)
    save_session(b, pb)
    return pa, pb


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


def kill_rounds(folder: Path, rounds: int, spans: float = 2.0, seed: int = 1) -> dict:
    """Run ``rounds`` kill rounds in ``folder``, each killing the saver after a random delay
    of up to ``spans`` times its two saves (as long as they take on this machine now);
    returns counts. Raises AssertionError on the first surviving file that is neither state."""
    pa, pb = two_states(folder)
    want = {"old": pa.read_bytes(), "new": pb.read_bytes()}
    assert want["old"] != want["new"]
    cols = {k: columns(load_session(p)) for k, p in (("old", pa), ("new", pb))}
    target = folder / "sessions" / "page.json"
    target.parent.mkdir()
    target.write_bytes(want["old"])
    rnd = random.Random(seed)
    counts = {"rounds": 0, "old": 0, "new": 0, "temp_files_left": 0}
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(ROOT), str(target), str(pa), str(pb)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        ready, pair = server.stdout.readline().split()
        assert ready == "ready"
        max_delay = spans * float(pair)
        counts["max_delay"] = round(max_delay, 4)
        for _ in range(rounds):
            server.stdin.write(f"{rnd.uniform(0, max_delay):.6f}\n")
            server.stdin.flush()
            reply = server.stdout.readline().strip()
            assert reply == "killed", reply
            data = target.read_bytes()
            state = "old" if data == want["old"] else "new" if data == want["new"] else None
            assert state is not None, f"round {counts['rounds'] + 1}: the file is neither state ({len(data)} bytes)"
            assert columns(load_session(target)) == cols[state]
            counts[state] += 1
            counts["rounds"] += 1
        server.stdin.close()
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    # a kill between creating the temporary file and renaming it leaves that file behind;
    # it never has the session's name, so it is clutter, not damage
    counts["temp_files_left"] = sum(1 for p in target.parent.iterdir() if p.name.endswith(".tmp"))
    names = {p.name for p in target.parent.iterdir() if not p.name.endswith(".tmp")}
    assert names == {"page.json"}, names
    return counts


def test_two_hundred_kills_leave_the_old_or_the_new_session(tmp_path):
    counts = kill_rounds(tmp_path, rounds=200)
    print(json.dumps(counts))
    assert counts["rounds"] == 200
    # the delays span whole saves, so both states survive some kills
    assert counts["old"] > 0 and counts["new"] > 0
    # and some kills land inside a write, after the temporary file exists
    assert counts["temp_files_left"] > 0


def test_the_two_states_are_real_work(tmp_path):
    pa, pb = two_states(tmp_path)
    a, b = load_session(pa), load_session(pb)
    assert len(b) == len(a) + 1 and columns(a) != columns(b)
    assert session_bytes(a) == pa.read_bytes() and session_bytes(b) == pb.read_bytes()


# ---- saving and exporting under injected faults --------------------------------------------
def _partial_then_full(monkeypatch):
    full_disk(monkeypatch, keep=0.5)


def _raise(code, text):
    def fail(*a, **k):
        raise OSError(code, text)
    return fail


FAULTS = {
    "half written, then disk full": (_partial_then_full, "No space left on device"),
    "read-only file system": (lambda mp: mp.setattr(tempfile, "mkstemp", _raise(errno.EROFS, "Read-only file system")),
                              "Read-only file system"),
    "I/O error on fsync": (lambda mp: mp.setattr(os, "fsync", _raise(errno.EIO, "Input/output error")),
                           "Input/output error"),
    "rename refused": (lambda mp: mp.setattr(os, "replace", _raise(errno.EXDEV, "Invalid cross-device link")),
                       "Invalid cross-device link"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_failed_save_never_touches_the_good_session(fault, tmp_path, monkeypatch):
    pa, pb = two_states(tmp_path)
    target = tmp_path / "work" / "page.json"
    target.parent.mkdir()
    target.write_bytes(pa.read_bytes())
    doc = load_session(pb)
    doc.do(SetLabel(0, 1, "noise"))
    inject, message = FAULTS[fault]
    inject(monkeypatch)
    with pytest.raises(SessionError) as err:
        save_session(doc, target)
    monkeypatch.undo()
    assert str(err.value) == f"{target}: cannot save the session: {message}"
    assert target.read_bytes() == pa.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["page.json"]   # no temporary file left
    assert doc.dirty
    save_session(doc, target)                                             # and the next save works
    assert columns(load_session(target)) == columns(doc)


CLI_WITH_FAULT = r"""
import errno, os, sys
sys.path.insert(0, sys.argv[1])
def full(*a, **k):
    raise OSError(errno.ENOSPC, "No space left on device")
os.fsync = full
from app.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("command", ["reflow", "export"])
def test_the_command_line_reports_a_full_disk_and_keeps_the_old_output(command, tmp_path):
    pa, _ = two_states(tmp_path)
    page = tmp_path / "page.txt"
    page.write_text(load_session(pa).source.text, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("the previous export\n")
    src = page if command == "reflow" else pa
    res = subprocess.run([sys.executable, "-c", CLI_WITH_FAULT, str(ROOT), command, str(src), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert res.stderr == f"zhengwen: {out}: cannot write: No space left on device\n"
    assert out.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.json", "b.json", "page.txt", "out.json"])


def _no_root_override():
    from test_awkward_inputs import _drop_file_permission_override
    _drop_file_permission_override()


def test_export_into_a_read_only_folder_fails_cleanly(tmp_path):
    """A real read-only folder: as root, the child gives up its power to ignore permissions."""
    pa, _ = two_states(tmp_path)
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "out.md").write_text("old\n")
    folder.chmod(0o555)
    try:
        res = subprocess.run([sys.executable, "-m", "app", "export", str(pa), "-o", str(folder / "out.md")],
                             capture_output=True, text=True, timeout=120, cwd=ROOT,
                             preexec_fn=_no_root_override if os.geteuid() == 0 else None)
    finally:
        folder.chmod(0o755)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert res.stderr.startswith(f"zhengwen: {folder / 'out.md'}: cannot write: Permission denied")
    assert (folder / "out.md").read_text() == "old\n" and [p.name for p in folder.iterdir()] == ["out.md"]
