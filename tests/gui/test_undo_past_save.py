"""Undoing past the last save, then a crash: the journal cannot replay such an undo on the
saved session (the session holds the step's result, not what it replaced), so it starts
again from the whole document; the work is restored as it was, and can be saved."""
import pytest

from app.store import journal_path
from app.journal import read_journal
from tests.test_recovery import TEXT

from .gui_keys import CTRL, K, key, put


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "p.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def crash(win):
    """The window is gone without closing: its journal stays, its lock is a dead one's."""
    win.autosave.detach()
    win.work.unlock()


def state(doc, rows):
    return [(doc.label[r], doc.para_end[r]) for r in rows]


def test_undo_past_a_save_then_more_steps_then_a_crash_restores_them_all(qtbot, open_window, page, monkeypatch):
    win = open_window(page)
    put(win, 0)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_S, CTRL)                 # saved: line 1 a headline
    key(qtbot, win, K.Key_Z, CTRL)                 # undone past the save
    put(win, 4)
    key(qtbot, win, K.Key_X)
    put(win, 8)
    key(qtbot, win, K.Key_Return)
    assert win.autosave.flush()
    found = read_journal(journal_path(win.work.session))
    assert "state" in found.steps[0]
    want = state(win.doc, range(len(win.doc)))
    assert win.doc.label[0] != "headline" and win.doc.label[4] == "noise"
    crash(win)
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "1")
    again = open_window(page)
    assert state(again.doc, range(len(again.doc))) == want
    assert again.doc.dirty and "restored the unsaved work" in again.statusBar().currentMessage()
    # the restored work goes on being journaled: a second crash restores it too
    put(again, 10)
    key(qtbot, again, K.Key_X)
    assert again.autosave.flush()
    want = state(again.doc, range(len(again.doc)))
    crash(again)
    third = open_window(page)
    assert state(third.doc, range(len(third.doc))) == want
    key(qtbot, third, K.Key_S, CTRL)
    assert not third.doc.dirty


def test_a_redo_past_the_journals_start_is_kept_too(qtbot, open_window, page, monkeypatch):
    """Undo, save (the undone step is the journal's redo), redo, crash."""
    win = open_window(page)
    put(win, 2)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_Z, CTRL)
    key(qtbot, win, K.Key_S, CTRL)
    key(qtbot, win, K.Key_Y, CTRL)                 # redo: the step is older than the save
    assert win.doc.label[2] == "headline" and win.autosave.flush()
    want = state(win.doc, range(len(win.doc)))
    crash(win)
    monkeypatch.setenv("ZHENGWEN_ACCEPT_RECOVERY", "1")
    again = open_window(page)
    assert state(again.doc, range(len(again.doc))) == want
