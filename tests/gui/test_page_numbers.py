"""A page's number in the real window, driven by keys: the pages dock shows each page's number
and where it was read, the status bar the page in view's; Ctrl+Shift+P corrects it (undoable,
saved in the page's session, kept when the folder is opened again) and the preview's notes
and the L picker name the linked page by it."""
import pytest
from PySide6.QtWidgets import QApplication

from tests.test_links import PAGE1
from tests.test_page_numbers import BARE2
from widgets.dialogs import ArticlePicker, PageNumberDialog

from .gui_keys import CTRL, SHIFT, K, back_in_pane, dialog, key, put, row_of, type_text

RUNNING_HEAD = PAGE1.splitlines()[0]


@pytest.fixture
def issue(tmp_path):
    """Page 1 with its running head; the page it goes on in with no number anywhere."""
    root = tmp_path / "issue"
    root.mkdir()
    (root / "01.txt").write_text(PAGE1, encoding="utf-8")
    (root / "back.txt").write_text(BARE2, encoding="utf-8")
    return root


@pytest.fixture
def open_folder(open_window):
    return lambda path: open_window(path, own=True)


def number_cell(win, row):
    m = win.pages.model
    idx = m.index(row, m.NUMBER)
    return m.data(idx), m.data(idx, 3)        # text, tooltip (Qt.ToolTipRole)


def corrected_font(win, row):
    m = win.pages.model
    font = m.data(m.index(row, m.NUMBER), 6)  # Qt.FontRole
    return font is not None and font.italic()


def notes(win):
    return [t for k, t in win.preview.blocks() if t.startswith(("continued on", "◂ continued"))]


def page_label(win):
    return win.status["page"].text()


def correct(qtbot, win, text):
    """Ctrl+Shift+P, type the number over what the box holds, Enter."""
    key(qtbot, win, K.Key_P, CTRL | SHIFT)
    dlg = dialog(qtbot, win, PageNumberDialog)
    dlg.edit.selectAll()
    qtbot.keyClick(dlg.edit, K.Key_Delete)
    type_text(qtbot, dlg.edit, text)
    qtbot.keyClick(dlg.edit, K.Key_Return)
    return dlg


def test_the_dock_shows_each_pages_number_and_where_it_was_read(open_folder, issue, qtbot):
    win = open_folder(issue)
    qtbot.waitUntil(lambda: len(win.folder.numbers) == 2)
    assert number_cell(win, 0) == ("1", f"from the running head '{RUNNING_HEAD}'")
    assert number_cell(win, 1) == ("", "no number in the page's first and last lines or in its file name")
    assert page_label(win) == "page 1" and win.status["page"].toolTip().startswith("from the running head")
    file_menu = win.menuBar().actions()[0].menu()
    assert win.acts.qactions["page.number"] in file_menu.actions()      # the mouse's way to it


def test_ctrl_shift_p_corrects_the_number_undo_save_and_reopen(open_folder, issue, qtbot):
    win = open_folder(issue)
    # the second article of page 1 goes on on back.txt (L), which has no number yet
    put(win, row_of(win, "荷塘区卫健局以群众健康需求为导向"))
    key(qtbot, win, K.Key_L)
    dlg = dialog(qtbot, win, ArticlePicker)
    assert dlg.list.item(0).text().startswith("1  back.txt · ")      # no number to name it by
    type_text(qtbot, dlg.edit, "健康荷塘")
    qtbot.keyClick(dlg.edit, K.Key_Return)
    back_in_pane(qtbot, win)
    # no page of the folder is page 2 yet: the jump line's note says so
    assert notes(win) == ["continued on page 2 (no such page in this folder) ▸", "continued on page back.txt ▸"]

    key(qtbot, win, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "back.txt")
    assert page_label(win) == "page –" and win.doc.page_number is None
    # garbage is refused with a clear message, and the box stays open for another try
    dlg = correct(qtbot, win, "abc")
    assert dlg.isVisible() and "not a page number" in dlg.error.text() and win.doc.page_number is None
    qtbot.keyClick(dlg.edit, K.Key_Escape)
    back_in_pane(qtbot, win)
    correct(qtbot, win, "第二版")
    back_in_pane(qtbot, win)
    assert win.doc.page_number == "2" and win.stack.undoText() == "Set page number"
    assert number_cell(win, 1) == ("2", "set by you; the page gives none") and corrected_font(win, 1)
    assert page_label(win) == "page 2"
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.doc.page_number is None and number_cell(win, 1)[0] == "" and not corrected_font(win, 1)
    assert page_label(win) == "page –"
    key(qtbot, win, K.Key_Z, CTRL | SHIFT)
    assert win.doc.page_number == "2" and number_cell(win, 1)[0] == "2"

    # back on page 1 (back.txt is saved on leaving): the link's note names the page by its number
    key(qtbot, win, K.Key_PageUp, CTRL)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "01.txt")
    assert notes(win) == ["continued on page 2 ▸", "continued on page 2 ▸"]
    put(win, row_of(win, "新时代催生新业态"))
    key(qtbot, win, K.Key_L)
    dlg = dialog(qtbot, win, ArticlePicker)
    assert dlg.list.item(0).text().startswith("1  back.txt (page 2) · ")
    qtbot.keyClick(dlg.edit, K.Key_Escape)
    back_in_pane(qtbot, win)
    win.close()

    again = open_folder(issue)
    assert number_cell(again, 1)[0] == "2" and corrected_font(again, 1)     # from the session's summary
    key(qtbot, again, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: again.folder.pages[again.folder.current].rel == "back.txt")
    assert again.doc.page_number == "2" and page_label(again) == "page 2" and not again.doc.dirty
    # an empty box: the page's own number (none) stands again
    correct(qtbot, again, "")
    back_in_pane(qtbot, again)
    assert again.doc.page_number is None and again.stack.undoText() == "Clear page number"
    assert number_cell(again, 1) == ("", "no number in the page's first and last lines or in its file name")
    assert QApplication.focusWidget() is again.view
