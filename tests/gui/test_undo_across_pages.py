"""A folder's page left and taken up again keeps what it can undo (the page was saved as it
was left; the undo is journaled like any step past a save)."""
import pytest

from app.pagework import open_path
from tests.test_recovery import TEXT

from .gui_keys import CTRL, K, key, put


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "issue"
    root.mkdir()
    for name in ("A01.txt", "A02.txt", "A03.txt"):
        (root / name).write_text(TEXT, encoding="utf-8")
    return root


def on(qtbot, win, rel):
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == rel)


def test_back_on_a_page_ctrl_z_undoes_what_was_done_there(qtbot, open_window, folder):
    win = open_window(folder)
    on(qtbot, win, "A01.txt")
    put(win, 0)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_PageDown, CTRL)           # saved as it was left
    on(qtbot, win, "A02.txt")
    put(win, 2)
    key(qtbot, win, K.Key_X)
    key(qtbot, win, K.Key_PageUp, CTRL)
    on(qtbot, win, "A01.txt")
    assert win.doc.label[0] == "headline" and not win.doc.dirty
    assert win.stack.undoText() == "Label headline"
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.doc.label[0] != "headline" and win.doc.dirty
    key(qtbot, win, K.Key_PageDown, CTRL)           # the undo is saved like any step
    on(qtbot, win, "A02.txt")
    assert win.doc.label[2] == "noise" and win.stack.canUndo()
    assert open_path(folder / "A01.txt").doc.label[0] != "headline"


def test_a_page_saved_elsewhere_meanwhile_is_read_again_without_its_history(qtbot, open_window, folder):
    win = open_window(folder)
    on(qtbot, win, "A01.txt")
    put(win, 0)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_PageDown, CTRL)
    on(qtbot, win, "A02.txt")
    other = open_path(folder / "A01.txt")           # another window saves page A01
    other.doc.label[4] = "caption"
    other.work.save(other.doc)
    other.work.unlock()
    key(qtbot, win, K.Key_PageUp, CTRL)
    on(qtbot, win, "A01.txt")
    assert win.doc.label[4] == "caption" and not win.stack.canUndo()
