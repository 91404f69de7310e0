"""Recovery files (app/recovery.py) and the autosaver that writes them (widgets/autosave.py)."""
import errno
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from faults import full_disk
from app.lines import split_lines
from app.document import Document, Source
from app.operations import EditText, SetLabel
from app.recovery import (Recovery, discard_recovery, find_recovery, load_recovery,
                          recovery_path, recovery_path_for, remove_stale_temp_files, snapshot,
                          write_recovery)
from app.session import SessionError, load_session, save_session
from app.suggest import open_document

TEXT = "".join(f"第{i}段，溆浦县家庭教育示范基地建设纪实。\n\n" for i in range(40))


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


@pytest.fixture
def doc():
    return open_document(Source("page.txt", TEXT, sha256="ab" * 32, path="page.txt"), split_lines(TEXT))


def labelled(doc):
    return [r for r in range(len(doc)) if doc.label[r] is not None]


def edit(doc, k):
    """The k-th distinct operation of a made-up session."""
    rows = labelled(doc)
    r = rows[k % len(rows)]
    if k % 2:
        return doc.do(EditText(r, f"第{k}次修改。"))
    return doc.do(SetLabel(r, r + 1, ("headline", "noise", "caption")[k % 3]))


# ---- app/recovery.py -----------------------------------------------------------------------
def test_the_recovery_file_sits_hidden_beside_the_session(doc, tmp_path):
    assert recovery_path(tmp_path / "s" / "page.json") == tmp_path / "s" / ".page.recovery.json"
    assert recovery_path_for(doc, cwd=tmp_path) == tmp_path / "sessions" / ".page.recovery.json"
    assert recovery_path_for(doc, tmp_path / "x.json") == tmp_path / ".x.recovery.json"


def test_a_snapshot_is_untouched_by_later_operations(doc, tmp_path):
    edit(doc, 0)
    before = columns(doc)
    snap = snapshot(doc)
    for k in range(1, 6):
        edit(doc, k)
    assert columns(snap) == before != columns(doc)
    write_recovery(snap, tmp_path / ".page.recovery.json")
    assert columns(load_session(tmp_path / ".page.recovery.json")) == before
    assert doc.dirty  # writing a recovery file is not saving


def test_recovery_is_offered_only_when_newer_loadable_and_the_same_page(doc, tmp_path):
    session = tmp_path / "page.json"
    rp = recovery_path(session)
    assert find_recovery(session) is None
    edit(doc, 0)
    write_recovery(snapshot(doc), rp)
    rec = find_recovery(session, doc.source.sha256)   # no session saved yet
    assert isinstance(rec, Recovery) and rec.path == rp and rec.describe()
    save_session(doc, session)
    os.utime(rp, ns=(1, 1))                             # older than the session: nothing to add
    assert find_recovery(session) is None
    os.utime(rp)
    os.utime(session, ns=(1, 1))
    assert find_recovery(session) is not None
    assert find_recovery(session, "cd" * 32) is None   # a recovery of some other page
    rp.write_bytes(rp.read_bytes()[:100])                # damaged: not offered, but kept
    assert find_recovery(session) is None and rp.exists()


def test_a_recovered_document_is_unsaved_work(doc, tmp_path):
    edit(doc, 0)
    rp = tmp_path / ".page.recovery.json"
    write_recovery(snapshot(doc), rp)
    got = load_recovery(rp)
    assert columns(got) == columns(doc) and got.dirty


def test_a_failed_recovery_write_keeps_the_previous_one(doc, tmp_path, monkeypatch):
    rp = tmp_path / ".page.recovery.json"
    edit(doc, 0)
    write_recovery(snapshot(doc), rp)
    old = rp.read_bytes()
    edit(doc, 1)

    def full(*a):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SessionError, match="No space left on device"):
        write_recovery(snapshot(doc), rp)
    monkeypatch.undo()
    assert rp.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == [rp.name]


def test_discard_removes_the_file_and_old_temporary_files_only(doc, tmp_path):
    session = tmp_path / "page.json"
    save_session(doc, session)
    rp = recovery_path(session)
    write_recovery(snapshot(doc), rp)
    old_tmp = tmp_path / ".page.json.abc123.tmp"
    young_tmp = tmp_path / ".page.json.def456.tmp"
    other = tmp_path / ".other.json.x.tmp"
    for p in (old_tmp, young_tmp, other):
        p.write_text("{")
    os.utime(old_tmp, (time.time() - 3600,) * 2)
    os.utime(other, (time.time() - 3600,) * 2)
    discard_recovery(session)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([session.name, young_tmp.name, other.name])
    discard_recovery(session)  # twice is fine
    assert remove_stale_temp_files(session, older_than=-1) == 1


def disk_full(monkeypatch):
    full_disk(monkeypatch)


# ---- widgets/autosave.py -------------------------------------------------------------------
qt = pytest.importorskip("PySide6")


@pytest.fixture
def saver(qtbot):
    from widgets.autosave import Autosaver
    from widgets.qt_compat import shore_up_none
    shore_up_none()
    made = []

    def make(**kw):
        kw.setdefault("interval", 10 ** 8)
        s = Autosaver(**kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.shutdown()


@pytest.mark.gui
def test_the_twentieth_operation_writes_at_the_first_pause_in_typing(saver, doc, tmp_path, qtbot):
    rp = tmp_path / ".page.recovery.json"
    s = saver(pause_ms=150)
    s.attach(doc, rp)
    for k in range(19):
        edit(doc, k)
    qtbot.wait(300)
    assert not rp.exists() and s.writes == 0
    for k in range(19, 25):          # the twentieth and more, with no pause between them
        edit(doc, k)
        qtbot.wait(20)
    assert s.writes == 0             # no write while typing goes on
    state, revision = columns(doc), doc.revision
    with qtbot.waitSignal(s.saved, timeout=5000) as sig:
        pass                         # the pause: the write starts, with the state as it is now
    assert sig.args[0] == str(rp)
    assert columns(load_session(rp)) == state and s.written_revision == revision


@pytest.mark.gui
def test_forty_operations_without_a_pause_are_written_anyway(saver, doc, tmp_path, qtbot):
    rp = tmp_path / ".page.recovery.json"
    s = saver(pause_ms=60_000)       # a pause that never comes
    s.attach(doc, rp)
    for k in range(39):
        edit(doc, k)
    s.wait()
    qtbot.wait(20)
    assert s.writes == 0
    edit(doc, 39)
    state = columns(doc)
    qtbot.waitUntil(lambda: s.writes == 1, timeout=5000)
    assert columns(load_session(rp)) == state


@pytest.mark.gui
def test_the_timer_writes_unsaved_work_and_nothing_else(saver, doc, tmp_path, qtbot):
    rp = tmp_path / ".page.recovery.json"
    s = saver(interval=30, pause_ms=50)
    s.attach(doc, rp)
    qtbot.wait(150)
    assert not rp.exists()           # nothing unsaved yet
    edit(doc, 0)
    qtbot.waitUntil(lambda: s.writes == 1, timeout=5000)
    assert columns(load_session(rp)) == columns(doc)
    mtime = rp.stat().st_mtime_ns
    qtbot.wait(150)
    assert s.writes == 1 and rp.stat().st_mtime_ns == mtime   # no change, no write
    edit(doc, 1)
    qtbot.waitUntil(lambda: s.writes == 2, timeout=5000)
    assert columns(load_session(rp)) == columns(doc)


@pytest.mark.gui
def test_the_timer_waits_for_a_pause_in_typing(saver, doc, tmp_path, qtbot):
    rp = tmp_path / ".page.recovery.json"
    s = saver(interval=30, pause_ms=250)
    s.attach(doc, rp)
    for k in range(8):               # an operation every 50 ms: the interval passes, typing goes on
        edit(doc, k)
        qtbot.wait(50)
    assert s.writes == 0 and not rp.exists()
    state = columns(doc)
    qtbot.waitUntil(lambda: s.writes == 1, timeout=5000)
    assert columns(load_session(rp)) == state


@pytest.mark.gui
def test_writing_happens_off_the_ui_thread_and_never_blocks_it(saver, doc, tmp_path, qtbot, monkeypatch):
    import widgets.autosave as autosave
    rp = tmp_path / ".page.recovery.json"
    release, threads = threading.Event(), []
    real = autosave.write_recovery

    def slow_write(snap, path):
        threads.append(threading.current_thread())
        assert release.wait(10)      # a disk that hangs for as long as the test likes
        real(snap, path)
    monkeypatch.setattr(autosave, "write_recovery", slow_write)
    s = saver(every_ops=1, pause_ms=0)
    s.attach(doc, rp)
    edit(doc, 0)
    first = columns(doc)
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    for k in range(1, 40):           # the UI thread keeps working while the write hangs
        edit(doc, k)
    assert threads[0] is not threading.main_thread() and s.writes == 0
    release.set()
    qtbot.waitUntil(lambda: s.writes == 2, timeout=5000)   # the hung one, then one for all the rest
    assert len(threads) == 2
    assert columns(load_session(rp)) == columns(doc) != first


@pytest.mark.gui
def test_a_full_disk_is_reported_and_retried(saver, doc, tmp_path, qtbot, monkeypatch):
    rp = tmp_path / ".page.recovery.json"
    s = saver(every_ops=1, pause_ms=0)
    s.attach(doc, rp)
    edit(doc, 0)
    qtbot.waitUntil(lambda: s.writes == 1, timeout=5000)
    old = rp.read_bytes()

    disk_full(monkeypatch)
    with qtbot.waitSignal(s.failed, timeout=5000) as sig:
        edit(doc, 1)
    assert "Autosave failed" in sig.args[0] and "No space left on device" in sig.args[0]
    assert rp.read_bytes() == old and [p.name for p in tmp_path.iterdir()] == [rp.name]
    monkeypatch.undo()
    edit(doc, 2)
    qtbot.waitUntil(lambda: s.writes == 2, timeout=5000)
    assert columns(load_session(rp)) == columns(doc)


@pytest.mark.gui
def test_discard_after_a_clean_save_leaves_no_recovery_file(saver, doc, tmp_path, qtbot):
    session = tmp_path / "page.json"
    rp = recovery_path(session)
    s = saver(every_ops=1, pause_ms=0)
    s.attach(doc, rp)
    for k in range(5):
        edit(doc, k)
    save_session(doc, session)
    s.discard(session)               # whether or not a write was still running
    s.wait()
    qtbot.wait(20)
    assert not rp.exists() and find_recovery(session) is None
    edit(doc, 6)
    qtbot.waitUntil(rp.exists, timeout=5000)


@pytest.mark.gui
def test_offer_recovery_asks_and_the_environment_can_answer(qtbot, tmp_path, doc, monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from widgets.autosave import offer_recovery
    rp = tmp_path / ".page.recovery.json"
    write_recovery(snapshot(doc), rp)
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "1")
    assert offer_recovery(None, rp) is True
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "0")
    assert offer_recovery(None, rp) is False
    monkeypatch.delenv("ZHENGWEN_ACCEPT_RECOVERY")
    seen = []

    def answer(key):
        def press():
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, press)
                return
            seen.append(box.text())
            qtbot.keyClick(box, key)
        return press
    QTimer.singleShot(0, answer(Qt.Key.Key_Return))    # the default button: Restore
    assert offer_recovery(None, rp) is True
    QTimer.singleShot(0, answer(Qt.Key.Key_Escape))
    assert offer_recovery(None, rp) is False
    assert len(seen) == 2 and "Restore it?" in seen[0]


# ---- the window: crash and restore -------------------------------------------------------------
DRIVER = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
mode, page, session = sys.argv[2:5]
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from widgets.run import build_window, make_app

app = make_app()
win = build_window(page, session=session)
win.show()
QTest.qWaitForWindowExposed(win)
win.activateWindow()
win.view.setFocus()
app.processEvents()
doc = win.doc


def state():
    return {"label": doc.label, "para_end": doc.para_end, "article": doc.article, "edited": doc.edited,
            "src": doc.src}


def say(*parts):
    print(*parts, flush=True)


def key(k, mod=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(win.view, k, mod)
    app.processEvents()


K = Qt.Key
# the keys a person would press: move, label, break paragraphs, start articles
STEPS = [K.Key_Down, K.Key_H, K.Key_Down, K.Key_Return, K.Key_X, K.Key_Down, K.Key_Down, K.Key_A,
         K.Key_Down, K.Key_C, K.Key_Down, K.Key_Space, K.Key_B, K.Key_Down, K.Key_Return, K.Key_Down, K.Key_T]
if mode == "work":
    say("OPENED", doc.revision)
    for k in STEPS * 3:
        key(k)
    first = doc.revision
    # wait (the event loop running) until an autosave has written everything done so far
    deadline = time.monotonic() + 30
    while not (win.autosave.writes and win.autosave.written_revision == first and not win.autosave._busy):
        QTest.qWait(20)
        if time.monotonic() > deadline:
            say("NO AUTOSAVE", win.autosave.writes, win.autosave.written_revision, first)
            sys.exit(3)
    say("SAVED", first, json.dumps(state(), ensure_ascii=False))
    for k in STEPS[:6]:             # younger than the interval: may or may not reach the file
        key(k)
        say("STATE", doc.revision, json.dumps(state(), ensure_ascii=False))
    say("READY")
    while True:
        QTest.qWait(50)
else:
    say("RESTORED", doc.revision, doc.dirty, json.dumps(state(), ensure_ascii=False))
    key(K.Key_S, Qt.KeyboardModifier.ControlModifier)     # a clean save ends the recovery file
    QTest.qWait(50)
    say("SAVED_CLEAN", doc.dirty)
    os._exit(0)
"""


def _driver(mode, page, session, env):
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(ROOT), mode, str(page), str(session)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=page.parent)


def _lines_until(proc, last, timeout=60):
    got, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        got.append(line.rstrip("\n"))
        if line.startswith(last):
            return got
    proc.kill()
    raise AssertionError(f"driver stopped before {last}: {got[-3:]} {proc.stderr.read()[-2000:]}")


@pytest.mark.gui
def test_a_killed_window_restores_every_operation_older_than_the_autosave(tmp_path):
    text = "\n".join(["第3版", "标题一行", "正文第一段第一行，", "正文第一段第二行。", "", "本报记者 易鑫",
                      "第二篇的标题", "第二篇正文，", "还有一行。", "图片说明（新华社供图）", "小标题", "最后一段。"] * 3) + "\n"
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    session = tmp_path / "sessions" / "page.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENGWEN_AUTOSAVE_MS="200", PYTHONPATH=str(ROOT))
    env.pop("ZHENGWEN_ACCEPT_RECOVERY", None)

    work = _driver("work", page, session, env)
    out = _lines_until(work, "READY")
    work.send_signal(signal.SIGKILL)
    work.wait(10)
    saved_rev, saved = next((int(p[1]), p[2]) for p in (ln.split(" ", 2) for ln in out) if p[0] == "SAVED")
    later = [(int(p[1]), p[2]) for p in (ln.split(" ", 2) for ln in out) if p[0] == "STATE"]
    assert saved_rev >= 20 and len(later) == 6
    assert recovery_path(session).exists() and not session.exists()

    restore = _driver("restore", page, session, dict(env, ZHENGWEN_ACCEPT_RECOVERY="1"))
    out = _lines_until(restore, "SAVED_CLEAN")
    restore.wait(30)
    _, _, dirty, restored = next(ln.split(" ", 3) for ln in out if ln.startswith("RESTORED"))
    assert dirty == "True"                       # restored work is unsaved until saved
    assert restored in [saved] + [s for _, s in later], "the restored state is not one the window had"
    print(f"crash: {saved_rev} operations done before the last autosave, all restored after SIGKILL; "
          f"restored state = revision {[saved_rev] + [r for r, _ in later]}"
          f"[{([saved] + [s for _, s in later]).index(restored)}]")
    assert session.exists() and not recovery_path(session).exists()
    assert json.loads(restored) == _state_of(load_session(session))   # and the save kept it


def _state_of(doc):
    return {"label": doc.label, "para_end": doc.para_end, "article": doc.article, "edited": doc.edited, "src": doc.src}


HOLDER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from app.session import acquire_lock
assert acquire_lock(sys.argv[2]) is None
print("LOCKED", flush=True)
time.sleep(120)
"""


@pytest.mark.gui
def test_a_session_open_in_another_zhengwen_is_warned_about(qtbot, doc, tmp_path):
    from widgets.qt_compat import shore_up_none
    shore_up_none()
    from widgets.run import build_window
    session = tmp_path / "page.json"
    save_session(doc, session)
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(ROOT), str(session)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "LOCKED"
        win = build_window(str(session))
        qtbot.addWidget(win)
        assert win.doc is not None                      # it opens, with a clear warning
        assert f"already open in another Zhengwen (process {other.pid})" in win.error_box.text()
        win.error_box.close()
        win.close()
    finally:
        other.kill()
        other.wait()
    win = build_window(str(session))                    # the holder is gone: its lock is stale
    qtbot.addWidget(win)
    assert getattr(win, "error_box", None) is None and win._locked == str(session)
    win.close()
    assert not Path(str(session) + ".lock").exists()    # released on closing
