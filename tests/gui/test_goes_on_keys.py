"""G marks the line a paragraph is left open at, G on the line it goes on at links them;
Shift+G on either clears the link (app.goes_on), on the real window (offscreen)."""
import pytest

from .gui_keys import CTRL, SHIFT, K, key, put, row_of

from app.goes_on import marks

pytestmark = pytest.mark.gui

TEXT = ("永兴银都焕新颜\n\n"
        "蕴，正推动有色金属产业转型。\n\n"
        "第一段写完了。\n\n"
        "这是第二段。\n"
        "舒云表示：“永兴依托千年银脉底\n")
JOINED = "舒云表示：“永兴依托千年银脉底蕴，正推动有色金属产业转型。"


@pytest.fixture
def linked_win(open_window, tmp_path):
    page = tmp_path / "pieces.txt"
    page.write_text(TEXT, encoding="utf-8")
    return open_window(page)


def test_g_twice_links_the_pieces_shift_g_clears_and_ctrl_z_brings_it_back(qtbot, linked_win):
    win = linked_win
    r, s = row_of(win, "舒云表示"), row_of(win, "蕴，正推动")
    assert win.doc.label[r] == win.doc.label[s] == "paragraph"
    put(win, s)
    if not win.doc.para_end[s]:
        key(qtbot, win, K.Key_Return)         # the piece from s ends with its line
    steps = win.stack.count()
    put(win, r)
    key(qtbot, win, K.Key_G)                  # mark: nothing changes yet
    assert win.stack.count() == steps and "G" in win.statusBar().currentMessage()
    put(win, s)
    key(qtbot, win, K.Key_G)
    assert win.doc.goes_on == {r + 1: s + 1} and win.doc.goes_on_person == {r + 1}
    assert marks(win.doc) == ({r: s}, {s: r})
    assert any(t == JOINED for _, t in win.preview.blocks())
    key(qtbot, win, K.Key_G, SHIFT)           # on s: one key clears it
    assert win.doc.goes_on == {} and not any(t == JOINED for _, t in win.preview.blocks())
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.doc.goes_on == {r + 1: s + 1}
    put(win, r)
    key(qtbot, win, K.Key_Return)             # an end on r ends the link in the same step
    assert win.doc.goes_on == {} and win.doc.para_end[r]



def test_a_g_mark_left_on_one_page_links_nothing_on_the_next(qtbot, open_window, tmp_path):
    root = tmp_path / "issue"
    root.mkdir()
    for name in ("A01.txt", "A02.txt"):
        (root / name).write_text(TEXT, encoding="utf-8")
    win = open_window(root)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "A01.txt")
    put(win, row_of(win, "舒云表示"))
    key(qtbot, win, K.Key_G)                  # marked on A01, then the page is left
    key(qtbot, win, K.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: win.folder.pages[win.folder.current].rel == "A02.txt")
    put(win, row_of(win, "蕴，正推动"))
    key(qtbot, win, K.Key_G)                  # a first G on this page: a mark, no link
    assert win.doc.goes_on == {} and "G" in win.statusBar().currentMessage()
