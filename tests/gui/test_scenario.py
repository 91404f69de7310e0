"""A whole page fixed by keys only: articles, a headline printed after the bodies attached
with M, a byline, a caption, the page number dropped, paragraph ends set; saved with
Ctrl+S, reloaded, and the corpus compared."""
import pytest
from PySide6.QtWidgets import QApplication

from app.corpus import build_corpus
from app.document import ALL
from app.session import load_session

from .gui_keys import CTRL, SHIFT, K, goto, key, move_to

pytestmark = pytest.mark.gui


def test_fix_a_page_by_keys_save_and_reload(qtbot, open_window, page, tmp_path):
    session = tmp_path / "fixed.json"
    win = open_window(page, session=session)
    doc = win.doc

    def line(n):
        """Go to source line ``n`` with Ctrl+G."""
        goto(qtbot, win, str(n))
        assert doc.src[win.view.current_doc_row()] == n

    # whatever the engine guessed: one article of paragraphs to start from
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_End, SHIFT)
    move_to(qtbot, win, "zzz")
    key(qtbot, win, K.Key_P)
    line(1)
    key(qtbot, win, K.Key_X)                      # the page number
    line(8)
    key(qtbot, win, K.Key_B)                      # the byline
    line(9)
    key(qtbot, win, K.Key_A)                      # the second article starts here
    line(12)
    key(qtbot, win, K.Key_C)                      # a caption with its credit
    line(13)
    key(qtbot, win, K.Key_H)                      # headline of the first article, printed last
    move_to(qtbot, win, "1")
    line(14)
    key(qtbot, win, K.Key_H)
    # paragraph ends where the ¶ marks should be
    for n, end in ((2, False), (3, False), (4, True), (6, False), (7, True), (9, True),
                   (10, False), (11, True)):
        line(n)
        if doc.para_end[win.view.current_doc_row()] != end:
            key(qtbot, win, K.Key_Return)
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_End, SHIFT)
    key(qtbot, win, K.Key_Space)
    assert all(doc.label[r] is None or doc.confirmed[r] & ALL == ALL for r in range(len(doc)))
    assert win.status["confirmed"].text() == "confirmed 100%"

    corpus = build_corpus(doc)
    arts = corpus["articles"]
    assert [a["headline"] for a in arts] == ["“家校社”协同育人", "县乡医院破解就医难"]
    assert [(b["type"], b["text"]) for b in arts[0]["blocks"]] == [
        ("headline", "“家校社”协同育人"),
        ("byline", "本报记者 易鑫 彭丽丽"),
        ("paragraph", "“葱是跟妈妈一起种下的。”课间午休，学校学生陈耀杰正在校园南面的一块菜地浇水。"),
        ("paragraph", "近年来，溆浦县在家庭、学校、社会协同育人领域持续深耕。"),
    ]
    assert "易鑫" in arts[0]["bylines"] and "彭丽丽" in arts[0]["bylines"]
    assert [b["type"] for b in arts[1]["blocks"]] == ["headline", "paragraph", "paragraph", "caption"]
    assert arts[1]["blocks"][2]["text"] == "县乡医院是守护基层群众健康的“第一道防线”。"
    assert arts[1]["blocks"][3]["text"].startswith("芙蓉学校学生开展体操活动。")
    assert [d["text"] for d in corpus["dropped"]] == ["第 3 版"]
    # the preview shows exactly that
    shown = [(k, t) for k, t in win.preview.blocks() if k != "heading"]
    assert shown == [(b["type"], b["text"]) for a in arts for b in a["blocks"]]

    key(qtbot, win, K.Key_S, CTRL)
    assert session.is_file() and not doc.dirty
    assert build_corpus(load_session(session)) == corpus

    # and the window opens the session to the same state
    again = open_window(session)
    assert build_corpus(again.doc) == corpus
    assert [(k, t) for k, t in again.preview.blocks() if k != "heading"] == shown
    assert QApplication.focusWidget() is again.view
