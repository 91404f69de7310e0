"""Articles that go on on another page, in the window: the preview's notes at a part's end
and start, L linking the current article to an article of another page of the folder, and
Shift+L unlinking; both undoable and kept in the page's session."""
import pytest

from tests.test_links import PAGE1, PAGE2
from widgets.dialogs import ArticlePicker

from .gui_keys import CTRL, SHIFT, K, back_in_pane, dialog, key, put, row_of, type_text


@pytest.fixture
def issue(tmp_path):
    root = tmp_path / "issue"
    root.mkdir()
    (root / "01.txt").write_text(PAGE1, encoding="utf-8")
    (root / "02.txt").write_text(PAGE2, encoding="utf-8")
    return root


@pytest.fixture
def win(open_window, issue):
    return open_window(issue)


def texts(win):
    return [t for _, t in win.preview.blocks()]


def test_preview_notes_where_a_part_goes_on_and_comes_from(qtbot, win):
    assert win.folder.pages[win.folder.current].rel == "01.txt"
    shown = texts(win)
    assert "continued on page 2 ▸" in shown
    key(qtbot, win, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "02.txt")
    assert "◂ continued from page 1" in texts(win)


def test_l_links_an_article_to_another_page_and_shift_l_unlinks(qtbot, win):
    doc = win.doc
    put(win, row_of(win, "荷塘区卫健局以群众健康需求为导向"))
    key(qtbot, win, K.Key_L)
    dlg = dialog(qtbot, win, ArticlePicker)
    assert dlg.list.count() == 2 and not any("New" in dlg.list.item(i).text() for i in range(2))
    assert dlg.list.item(0).text().startswith("1  02.txt (page 2) · ")      # the page by its number too
    type_text(qtbot, dlg.edit, "健康荷塘")
    qtbot.keyClick(dlg.edit, K.Key_Return)
    qtbot.waitUntil(lambda: bool(doc.links))
    (line, value), = doc.links.items()
    assert value["to_page"] == "02.txt" and PAGE2.splitlines()[value["to_line"] - 1] == "守护“健康荷塘”"
    assert "continued on page 2 ▸" in texts(win)        # the linked page by its number (要闻  2版)
    back_in_pane(qtbot, win)
    assert win.stack.undoText() == "Link to another page"
    key(qtbot, win, K.Key_Z, CTRL)
    assert doc.links == {}
    key(qtbot, win, K.Key_L, SHIFT)
    assert sorted(doc.links.values(), key=str) == [{"from_page": None}, {"to_page": None}]
    assert not any(t.startswith("continued on") for t in texts(win)[-3:])


def _without_jumps(text):
    return "".join(line for line in text.splitlines(keepends=True) if "接" not in line and "转" not in line)


def test_the_page_an_l_link_goes_on_to_notes_where_its_part_comes_from(qtbot, open_window, tmp_path):
    """Pages without jump lines, linked by L on the first: the second page's part says
    "continued from page 1" (its own text names no page), after a relaunch too, until
    Shift+L there says it comes from nowhere."""
    root = tmp_path / "plain"
    root.mkdir()
    (root / "01.txt").write_text(_without_jumps(PAGE1), encoding="utf-8")
    (root / "02.txt").write_text(_without_jumps(PAGE2), encoding="utf-8")
    win = open_window(root)
    assert not any("continued" in t for t in texts(win))
    put(win, row_of(win, "荷塘区卫健局以群众健康需求为导向"))
    key(qtbot, win, K.Key_L)
    dlg = dialog(qtbot, win, ArticlePicker)
    type_text(qtbot, dlg.edit, "健康荷塘")
    qtbot.keyClick(dlg.edit, K.Key_Return)
    qtbot.waitUntil(lambda: bool(win.doc.links))
    back_in_pane(qtbot, win)
    key(qtbot, win, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "02.txt")
    shown = texts(win)
    assert "◂ continued from page 1" in shown
    part = next(i for i, t in enumerate(shown) if t.startswith("荷塘区卫健局强化"))
    assert shown.index("◂ continued from page 1") < part
    win.close()
    again = open_window(root)
    key(qtbot, again, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: again.folder.pages[again.folder.current].rel == "02.txt")
    assert "◂ continued from page 1" in texts(again)
    put(again, row_of(again, "荷塘区卫健局强化基层医疗卫生机构建设"))
    key(qtbot, again, K.Key_L, SHIFT)
    assert not any(t.startswith("◂ continued from") for t in texts(again))


def test_a_jump_to_page_2_in_a_folder_of_lettered_pages_names_a_page_it_has(qtbot, open_window, tmp_path):
    """Pages A01 and A02 (numbers A1, A2 by their names): "下转第2版" on A1 is A2, as the
    join reads it, so the note says no page is missing."""
    root = tmp_path / "lettered"
    root.mkdir()
    strip_heads = lambda t: "".join(line for line in t.splitlines(keepends=True) if "版  " not in line  # noqa: E731
                                    and not line.startswith("要闻"))
    (root / "A01.txt").write_text(strip_heads(PAGE1), encoding="utf-8")
    (root / "A02.txt").write_text(strip_heads(PAGE2), encoding="utf-8")
    win = open_window(root)
    shown = texts(win)
    assert "continued on page 2 ▸" in shown, shown
    assert not any("no such page" in t for t in shown)
