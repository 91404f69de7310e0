"""The F2 line editor holds one line: what is pasted into it is split at its line ends,
refused when it brings a control character, cut when too long, and the status bar says
which. Pasted with Ctrl+V through the clipboard, as a person would."""
import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from app.corpus import build_corpus
from app.export import render

from .gui_keys import CTRL, K, back_in_pane, key, put, row_of

pytestmark = pytest.mark.gui


def paste_into_line(qtbot, win, row, text):
    """F2 on ``row``, select all, paste ``text``: the editor, before Enter."""
    put(win, row)
    key(qtbot, win, K.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(editor, K.Key_V, CTRL)
    return editor


def test_a_pasted_text_with_line_ends_is_split_there_and_undone_in_one_step(qtbot, win):
    r = row_of(win, "悠悠民生")
    n, before = len(win.doc), win.doc.current_text(r)
    editor = paste_into_line(qtbot, win, r, "第一行\n\n# 假标题\n```\n")
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: len(win.doc) == n + 2)
    back_in_pane(qtbot, win)
    assert [win.doc.current_text(i) for i in (r, r + 1, r + 2)] == ["第一行", "# 假标题", "```"]
    assert win.statusBar().currentMessage() == "Split into 3 lines at the line breaks of the pasted text."
    assert win.stack.count() == 1 and win.stack.undoText() == "Edit text"
    assert not [t for t in win.doc.text + [e for e in win.doc.edited if e] if "\n" in t]
    md = render(build_corpus(win.doc), "md")
    lines = md.splitlines()
    assert "# 假标题" not in lines and "```" not in lines and "\x00" not in md
    key(qtbot, win, K.Key_Z, CTRL)
    assert len(win.doc) == n and win.doc.current_text(r) == before


def test_a_control_character_is_refused_as_it_is_pasted(qtbot, win):
    r = row_of(win, "悠悠民生")
    before = win.doc.current_text(r)
    editor = paste_into_line(qtbot, win, r, "前\x00后")
    assert editor.text() == before                 # the paste did not happen
    assert win.statusBar().currentMessage() == \
        "The control character U+0000 NUL cannot be typed or pasted into a line."
    QApplication.clipboard().setText("\x1b[31m红")
    qtbot.keyClick(editor, K.Key_V, CTRL)
    assert editor.text() == before and "U+001B ESC" in win.statusBar().currentMessage()
    qtbot.keyClick(editor, K.Key_Return)
    back_in_pane(qtbot, win)
    assert win.doc.current_text(r) == before and win.stack.count() == 0


def test_a_long_paste_is_cut_and_the_status_bar_says_so(qtbot, win):
    r = row_of(win, "悠悠民生")
    editor = paste_into_line(qtbot, win, r, "长" * 100_000)
    assert len(editor.text()) == 10_000
    assert win.statusBar().currentMessage() == "The pasted text was cut: a line holds at most 10000 characters."
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: win.doc.current_text(r) == "长" * 10_000)
    back_in_pane(qtbot, win)
