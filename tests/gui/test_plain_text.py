"""Markup in a file name or in page text is shown as text on every surface of the window:
status bar, window title, tooltips, article list, message boxes, dialogs, and the line
editor. Each surface is inspected as Qt will draw it, not only the preview."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox

from widgets.dialogs import ArticlePicker, FindDialog, GotoDialog

from .gui_keys import CTRL, K, back_in_pane, dialog, key, put, row_of, type_text

pytestmark = pytest.mark.gui

NAME = "<h1>头版 <font color=red>.txt"
LINES = ["<h1>大标题</h1>", "<b>粗体</b>正文<img src=x>，&amp; 还有。", "第二句 &lt;i&gt; 在这里。"]


def shown(text, fmt=Qt.TextFormat.AutoText):
    """What Qt draws for ``text`` in a label, tooltip or message box of format ``fmt``:
    AutoText is rich text when ``mightBeRichText`` says so (tooltips are always AutoText)."""
    if fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def literal(label):
    """The label draws its text as written."""
    return shown(label.text(), label.textFormat()) == label.text()


@pytest.fixture
def marked(open_window, tmp_path):
    page = tmp_path / NAME
    page.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    win = open_window(page)
    put(win, 0)
    return win


def test_status_bar_and_title_show_a_file_name_full_of_markup_as_text(qtbot, marked):
    win = marked
    assert win.windowTitle() == f"Zhengwen — {NAME}"
    assert win.windowHandle().title() == f"Zhengwen — {NAME}"
    assert win.status["file"].text() == NAME
    assert [k for k, lab in win.status.items() if not literal(lab)] == []
    key(qtbot, win, K.Key_H)
    assert win.windowHandle().title() == f"Zhengwen — {NAME} *"


def test_an_edited_lines_raw_text_is_shown_as_text_in_the_status_bar_and_tooltips(qtbot, marked):
    win = marked
    r = row_of(win, "粗体")
    put(win, r)
    key(qtbot, win, K.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "<h2>改</h2>")
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: win.doc.current_text(r) == "<h2>改</h2>")
    back_in_pane(qtbot, win)
    why = win.status["why"]
    assert f"edited; raw text: {LINES[1]}" in why.text() and literal(why)
    assert f"edited; raw text: {LINES[1]}" in shown(why.toolTip())
    from widgets.lines_model import why_text
    for row in range(len(win.doc)):
        tip = win.model.index(win.model.model_row(row), 0).data(Qt.ItemDataRole.ToolTipRole)
        assert shown(tip) == why_text(win.doc, row)
    assert f"raw text: {LINES[1]}" in why_text(win.doc, r)


def test_article_list_tooltips_show_headlines_as_text(qtbot, marked):
    win = marked
    key(qtbot, win, K.Key_H)                            # "<h1>大标题</h1>" is a headline
    m = win.article_list.model_
    qtbot.waitUntil(lambda: not m.pending(), timeout=2000)
    titles = [m.item(i, 1).text() for i in range(m.rowCount())]
    assert LINES[0] in titles
    assert [shown(m.item(i, 1).toolTip()) for i in range(m.rowCount())] == titles
    # a title written later (after a change) too
    put(win, row_of(win, "粗体"))
    key(qtbot, win, K.Key_H)
    qtbot.waitUntil(lambda: not m.pending(), timeout=2000)
    assert [shown(m.item(i, 1).toolTip()) for i in range(m.rowCount())] == \
        [m.item(i, 1).text() for i in range(m.rowCount())]


def test_dialogs_and_message_boxes_show_page_text_and_names_as_text(qtbot, marked, tmp_path):
    win = marked
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_M)                            # the picker lists the headline
    dlg = dialog(qtbot, win, ArticlePicker)
    items = [dlg.list.item(i) for i in range(dlg.list.count())]
    assert any(LINES[0] in it.text() for it in items)
    assert all(shown(it.toolTip()) == it.toolTip() for it in items)
    assert all(literal(lab) for lab in dlg.findChildren(QLabel))
    qtbot.keyClick(dlg.edit, K.Key_Escape)
    back_in_pane(qtbot, win)
    for keys, cls in (((K.Key_G, CTRL), GotoDialog), ((K.Key_F, CTRL), FindDialog)):
        key(qtbot, win, *keys)
        dlg = dialog(qtbot, win, cls)
        qtbot.keyClicks(dlg.edit, "<b>x</b>")
        qtbot.keyClick(dlg.edit, K.Key_Return)
        labels = dlg.findChildren(QLabel)
        assert any(lab.text() for lab in labels) and all(literal(lab) for lab in labels)
        dlg.close()
        back_in_pane(qtbot, win)
    # a file that cannot be opened: the message names it as it is
    bad = tmp_path / "<h1>坏 <font color=red>.json"
    bad.write_text('{"format":"zhengwen-session","version":99}', encoding="utf-8")
    assert not win.files.open_path(str(bad))
    box = win.error_box
    assert isinstance(box, QMessageBox) and bad.name in box.text() and literal(box)
    box.close()


def test_a_newline_in_a_file_name_is_shown_escaped(qtbot, open_window, tmp_path):
    forged = "a\nzhengwen: fake.txt"
    page = tmp_path / forged
    page.write_text("标题\n正文。\n", encoding="utf-8")
    win = open_window(page)
    assert win.status["file"].text() == repr(forged)
    assert win.windowTitle() == f"Zhengwen — {forged!r}"
    binary = tmp_path / "b\nzhengwen: fake.txt"
    binary.write_bytes(b"x\x00\x00y")
    assert not win.files.open_path(str(binary))
    assert not [ln for ln in win.error_box.text().splitlines() if ln.startswith("zhengwen: fake")]
    assert repr(str(binary)) in win.error_box.text()
    win.error_box.close()


def test_a_title_placeholder_in_a_file_name_is_shown(qtbot, open_window, tmp_path):
    # Qt reads "[*]" in a window title as the place of the unsaved mark
    page = tmp_path / "版[*]面.txt"
    page.write_text("标题\n正文。\n", encoding="utf-8")
    win = open_window(page)
    assert win.windowHandle().title() == "Zhengwen — 版[*]面.txt"
