"""Launched under Xvfb and driven by ``xdotool key`` (a real X window, real key events from
the X server), the window behaves the same as under qtbot.

The same keys are pressed on the same page twice: once through X on ``python -m app`` in
its own process, once through qtbot on a window in this process; both windows save with
Ctrl+S and the two saved sessions must hold the same decisions. Skipped where Xvfb or
xdotool is not installed (``apt-get install xvfb xdotool``).
"""
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.loader import load_page
from app.session import load_session

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]
K, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
# down two rows, headline, toggle the paragraph end, confirm, undo the confirm, save
X_KEYS = ["Down", "Down", "h", "Return", "space", "ctrl+z", "ctrl+s"]
QT_KEYS = [(K.Key_Down, NONE), (K.Key_Down, NONE), (K.Key_H, NONE), (K.Key_Return, NONE),
           (K.Key_Space, NONE), (K.Key_Z, CTRL), (K.Key_S, CTRL)]
WAIT = 20       # seconds any one step may take before the test gives up (not a measurement)


def decisions(doc):
    return {"label": doc.label, "article": doc.article, "para_end": doc.para_end,
            "confirmed": doc.confirmed, "edited": doc.edited, "text": doc.text}


def _until(check, what, proc=None):
    deadline = time.monotonic() + WAIT
    while not check():
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the window exited ({proc.returncode}) before {what}:\n{proc.stderr.read()}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


@pytest.fixture
def xdisplay():
    """A fresh Xvfb on a display it picks itself (so parallel runs never collide)."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (apt-get install xvfb xdotool)")
    r, w = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    try:
        ready, _, _ = select.select([r], [], [], WAIT)
        number = os.read(r, 64).decode().strip() if ready else ""
        if not number:
            pytest.fail("Xvfb did not report a display")
        yield f":{number}"
    finally:
        os.close(r)
        xvfb.terminate()
        try:
            xvfb.wait(10)
        except subprocess.TimeoutExpired:
            xvfb.kill()


def xdotool(display, *args, timeout=WAIT, check=True):
    return subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display), capture_output=True,
                          text=True, timeout=timeout, check=check)


def run_under_x(display, page, session, home):
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               ZHENGWEN_KEYMAP=str(home / "no-keymap.json"), ZHENGWEN_ACCEPT_RECOVERY="0")
    proc = subprocess.Popen([sys.executable, "-m", "app", str(page), "--session", str(session)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        try:
            found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^Zhengwen")
        except subprocess.TimeoutExpired:
            proc.kill()
            err = proc.communicate()[1]
            if 'platform plugin "xcb"' in err:
                pytest.skip("Qt's xcb platform plugin cannot load here (libxcb-cursor0 and friends missing)")
            pytest.fail(f"no Zhengwen window appeared:\n{err}")
        wid = found.stdout.split()[0]
        # no window manager on a bare Xvfb: give the window the keyboard ourselves
        xdotool(display, "windowfocus", "--sync", wid)
        xdotool(display, "key", "--window", wid, "--delay", "30", *X_KEYS)
        _until(session.is_file, "Ctrl+S to write the session", proc)
        xdotool(display, "key", "--window", wid, "ctrl+q", check=False)   # the window may be gone first
        assert proc.wait(WAIT) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def run_under_qtbot(qtbot, page, session):
    from gui.gui_keys import show_focused
    from widgets.run import build_window
    win = build_window(str(page), session=str(session))
    try:
        show_focused(qtbot, win)
        for k, mod in QT_KEYS:
            qtbot.keyClick(win.view, k, mod)
        qtbot.waitUntil(session.is_file)
    finally:
        if win.doc is not None:
            win.doc.saved_revision = win.doc.revision
        win.close()
        win.deleteLater()


def test_real_x_keys_do_what_qtbot_keys_do(xdisplay, qtbot, sample_path, tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGWEN_KEYMAP", str(tmp_path / "no-keymap.json"))
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "0")
    x_session, qt_session = tmp_path / "x" / "s.json", tmp_path / "qt" / "s.json"
    x_session.parent.mkdir()
    qt_session.parent.mkdir()

    run_under_x(xdisplay, sample_path, x_session, tmp_path)
    run_under_qtbot(qtbot, sample_path, qt_session)

    got, expected = decisions(load_session(x_session)), decisions(load_session(qt_session))
    assert got == expected
    # the keys did something: a headline and a paragraph end the page did not have before
    fresh = decisions(load_page(sample_path))
    changed = [r for r in range(len(fresh["label"]))
               if (fresh["label"][r], fresh["para_end"][r]) != (got["label"][r], got["para_end"][r])]
    assert changed and any(got["label"][r] == "headline" for r in changed)
    assert x_session.read_bytes() == qt_session.read_bytes()
