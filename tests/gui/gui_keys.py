"""Pressing keys on the window: shared by the GUI tests."""
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from widgets.dialogs import ArticlePicker, GotoDialog

K = Qt.Key
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def type_text(qtbot, widget, text):
    """Type ASCII as key presses and Chinese as an input method commits it."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            ev = QInputMethodEvent()
            ev.setCommitString(ch)
            QApplication.sendEvent(widget, ev)


def key(qtbot, win, k, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(win.view, k, mod)


def row_of(win, text):
    return next(r for r in range(len(win.doc)) if text in win.doc.current_text(r))


def put(win, row):
    win.view.go_to(row)


def dialog(qtbot, win, cls):
    qtbot.waitUntil(lambda: isinstance(win.acts.dialog, cls) and win.acts.dialog.isVisible())
    dlg = win.acts.dialog
    edit = getattr(dlg, "edit", None)
    if edit is not None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return dlg


def goto(qtbot, win, text):
    key(qtbot, win, K.Key_G, CTRL)
    dlg = dialog(qtbot, win, GotoDialog)
    qtbot.keyClicks(dlg.edit, text)
    qtbot.keyClick(dlg.edit, K.Key_Return)
    if not dlg.error.text():
        back_in_pane(qtbot, win)
    return dlg


def back_in_pane(qtbot, win):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)




def three_articles(qtbot, win):
    """By keys: every line into one new article, then articles start at 近年来 and 悠悠民生."""
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_End, SHIFT)
    key(qtbot, win, K.Key_M)
    dlg = dialog(qtbot, win, ArticlePicker)
    qtbot.keyClicks(dlg.edit, "zzz")           # matches no article: "New article" is left
    qtbot.keyClick(dlg.edit, K.Key_Return)
    back_in_pane(qtbot, win)
    for text in ("近年来", "悠悠民生"):
        put(win, row_of(win, text))
        key(qtbot, win, K.Key_A)
    assert len(win.articles.order()) == 3


def move_to(qtbot, win, choice):
    """M, type the article's number or headline words in the picker, Enter."""
    key(qtbot, win, Qt.Key.Key_M)
    dlg = dialog(qtbot, win, ArticlePicker)
    type_text(qtbot, dlg.edit, choice)
    qtbot.keyClick(dlg.edit, Qt.Key.Key_Return)
    back_in_pane(qtbot, win)


def show_focused(qtbot, win):
    """Show the window and wait until the raw pane has the keyboard."""
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)


def answer_box(name, button, seen=None):
    """When the modal box named ``name`` comes, note its text in ``seen`` and click its
    ``button`` (a standard button, or the text of one)."""
    def press():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != name:
            QTimer.singleShot(20, press)
            return
        if seen is not None:
            seen.append(box.text())
        if isinstance(button, str):
            next(b for b in box.buttons() if b.text() == button).click()
        else:
            box.button(button).click()
    QTimer.singleShot(0, press)
