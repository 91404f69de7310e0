"""Unsaved work in the window: steps written to the page's journal at a pause
(widgets/autosave.py), restored after a crash, and a second window warned when it opens."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT
from faults import full_disk
from app import commands
from app.document import Document, Source
from app.journal import Journal, read_journal
from app.lines import split_lines
from app.session import load_session, save_session
from app.store import journal_path
from app.suggest import make_resuggest, open_document

TEXT = "".join(f"第{i}段，溆浦县家庭教育示范基地建设纪实。\n\n" for i in range(40))


def columns(doc):
    return {c: list(getattr(doc, c)) for c in Document.COLUMNS}


@pytest.fixture
def doc():
    d = open_document(Source("page.txt", TEXT, sha256="ab" * 32, path="page.txt"), split_lines(TEXT))
    d.resuggest = make_resuggest
    return d


def edit(doc, k):
    """The k-th step of a made-up session."""
    rows = [r for r in range(len(doc)) if doc.label[r] is not None]
    r = rows[k % len(rows)]
    if k % 2:
        return doc.do(commands.edit_op(doc, r, f"第{k}次修改。"))
    return doc.do(commands.label_op(doc, [r], ("headline", "noise", "caption")[k % 3]))


@pytest.fixture
def saver(qtbot):
    from widgets.autosave import Autosaver
    made = []

    def make(**kw):
        s = Autosaver(**kw)
        made.append(s)
        return s
    yield make
    for s in made:
        s.shutdown()


def steps_on_disk(path):
    found = read_journal(path)
    return 0 if found is None else len(found.steps)


@pytest.mark.gui
def test_steps_are_written_at_the_first_pause_in_typing(saver, doc, tmp_path, qtbot):
    path = tmp_path / ".s.journal"
    s = saver(pause=150)
    s.attach(doc, Journal(path, doc.source.sha256, None))
    for k in range(10):             # typing: steps with no pause (no event loop) between them
        edit(doc, k)
    assert s.writes == 0 and not path.exists()
    with qtbot.waitSignal(s.saved, timeout=5000) as sig:
        pass                        # the pause
    assert sig.args == [str(path), 10] and steps_on_disk(path) == 10


@pytest.mark.gui
def test_forty_steps_without_a_pause_are_written_anyway(saver, doc, tmp_path, qtbot):
    path = tmp_path / ".s.journal"
    s = saver(pause=60_000)         # a pause that never comes
    s.attach(doc, Journal(path, doc.source.sha256, None))
    for k in range(39):
        edit(doc, k)
    assert s.writes == 0
    edit(doc, 39)
    assert s.writes == 1 and steps_on_disk(path) == 40


@pytest.mark.gui
def test_a_full_disk_is_reported_and_the_steps_written_later(saver, doc, tmp_path, qtbot, monkeypatch):
    path = tmp_path / ".s.journal"
    s = saver(pause=10)
    s.attach(doc, Journal(path, doc.source.sha256, None))
    edit(doc, 0)
    qtbot.waitUntil(lambda: s.writes == 1, timeout=5000)
    full_disk(monkeypatch, keep=0.5)
    with qtbot.waitSignal(s.failed, timeout=5000) as sig:
        edit(doc, 1)
    assert "Autosave failed" in sig.args[0] and "No space left on device" in sig.args[0]
    assert steps_on_disk(path) == 1
    monkeypatch.undo()
    edit(doc, 2)
    qtbot.waitUntil(lambda: s.writes == 2, timeout=5000)
    assert steps_on_disk(path) == 3


@pytest.mark.gui
def test_a_save_ends_the_journal_and_a_new_one_starts_with_the_next_step(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from widgets.qt_compat import shore_up_none
    shore_up_none()
    from widgets.run import build_window
    page = tmp_path / "p.txt"
    page.write_text(TEXT, encoding="utf-8")
    win = build_window(str(page), session=str(tmp_path / "p.json"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    win.view.go_to(0)
    qtbot.keyClick(win.view, Qt.Key.Key_H)
    assert win.doc.label[0] == "headline" and win.autosave.flush() and steps_on_disk(journal_path(tmp_path / "p.json")) == 1
    qtbot.keyClick(win.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not journal_path(tmp_path / "p.json").exists()
    qtbot.keyClick(win.view, Qt.Key.Key_X)
    assert win.autosave.flush()
    found = read_journal(journal_path(tmp_path / "p.json"))
    assert len(found.steps) == 1 and found.header["base"] is not None
    win.doc.saved_revision = win.doc.revision      # no "save changes?" box at teardown
    win.close()


@pytest.mark.gui
def test_offer_recovery_asks_and_the_environment_can_answer(qtbot, tmp_path, doc, monkeypatch):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from widgets.autosave import offer_recovery
    path = tmp_path / ".s.journal"
    j = Journal(path, doc.source.sha256, None)
    j.add({"undo": 1})
    j.flush()
    found = read_journal(path)
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "1")
    assert offer_recovery(None, found, "page.txt") is True
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "0")
    assert offer_recovery(None, found, "page.txt") is False
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
    assert offer_recovery(None, found, "page.txt") is True
    QTimer.singleShot(0, answer(Qt.Key.Key_Escape))
    assert offer_recovery(None, found, "page.txt") is False
    assert len(seen) == 2 and "Restore it?" in seen[0] and "on page.txt from" in seen[0]


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
    while not (win.autosave.writes and not win.autosave.journal.pending):
        QTest.qWait(20)
        if time.monotonic() > deadline:
            say("NO AUTOSAVE", win.autosave.writes)
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
    say("UNDOABLE", win.stack.count())
    key(K.Key_S, Qt.KeyboardModifier.ControlModifier)     # a clean save ends the journal
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
def test_a_killed_window_restores_every_step_written_before_the_kill(tmp_path):
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
    assert journal_path(session).exists() and not session.exists()

    restore = _driver("restore", page, session, dict(env, ZHENGWEN_ACCEPT_RECOVERY="1"))
    out = _lines_until(restore, "SAVED_CLEAN")
    restore.wait(30)
    _, _, dirty, restored = next(ln.split(" ", 3) for ln in out if ln.startswith("RESTORED"))
    assert dirty == "True"                       # restored work is unsaved until saved
    assert restore_undo(out) == saved_rev, "the restored steps can be undone one by one"
    assert restored in [saved] + [s for _, s in later], "the restored state is not one the window had"
    print(f"crash: {saved_rev} steps done before the last journal write, all restored after SIGKILL; "
          f"restored state = revision {[saved_rev] + [r for r, _ in later]}"
          f"[{([saved] + [s for _, s in later]).index(restored)}]")
    assert session.exists() and not journal_path(session).exists()
    assert json.loads(restored) == _state_of(load_session(session))   # and the save kept it


def restore_undo(out):
    return int(next(ln.split(" ")[1] for ln in out if ln.startswith("UNDOABLE")))


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
def test_a_page_open_in_another_zhengwen_is_warned_about_when_it_opens(qtbot, doc, tmp_path):
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
    assert getattr(win, "error_box", None) is None and win.work.locked
    win.close()
    assert not Path(str(session) + ".lock").exists()    # released on closing
