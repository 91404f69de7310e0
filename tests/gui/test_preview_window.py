"""The preview on a page longer than it holds at once: a window of articles around the
cursor that slides as the cursor moves, as the reader scrolls, and to what a search finds,
and keys that change articles far from each other re-render only what is shown."""
import pytest
from PySide6.QtWidgets import QApplication

from app.corpus import build_corpus
from widgets import preview as pv

from .gui_keys import CTRL, K, key, put
from .test_window import find

pytestmark = pytest.mark.gui


@pytest.fixture
def long_win(open_window, tmp_path, sample_path):
    sample = sample_path.read_text(encoding="utf-8")
    page = tmp_path / "long.txt"
    # 14 copies of a 5-article page; the last one says something the others do not
    page.write_text(sample * 13 + sample.replace("鹿鸣学校", "鹿鸣小学"), encoding="utf-8")
    win = open_window(page)
    assert len(win.articles.order()) > pv.WINDOW + 2 * pv.CHUNK
    return win


def shown_numbers(win):
    return [int(t.split(" ·")[0].split()[-1]) for k, t in win.preview.blocks() if k == "heading"]


def corpus_blocks(win, lo, hi):
    arts = build_corpus(win.doc)["articles"][lo - 1:hi]
    return [(b["type"], b["text"]) for a in arts for b in a["blocks"]]


def test_the_preview_holds_a_window_and_it_follows_the_cursor(qtbot, long_win):
    win = long_win
    lo, hi = win.preview.shown_range()
    assert (lo, hi) == (1, pv.WINDOW)
    assert shown_numbers(win) == list(range(1, pv.WINDOW + 1))
    # the preview shows exactly those articles of the corpus
    assert [(k, t) for k, t in win.preview.blocks() if k != "heading"] == corpus_blocks(win, lo, hi)
    last = win.articles.order()[-1]
    row = win.articles.first_row(last)
    put(win, row + 2)
    lo, hi = win.preview.shown_range()
    n = len(win.articles.order())
    assert hi == n and lo == n - pv.WINDOW + 1
    assert win.doc.current_text(row + 2).strip()[:4] in win.preview.highlighted_text().replace(" ", "")
    assert shown_numbers(win) == list(range(lo, hi + 1))
    key(qtbot, win, K.Key_Home, CTRL)
    assert win.preview.shown_range()[0] == 1


def test_a_key_far_down_the_page_renumbers_the_shown_articles(qtbot, long_win):
    win = long_win
    n = len(win.articles.order())
    mid = win.articles.order()[n // 2]
    rows = win.articles.rows(mid)
    body = next(r for r in rows[len(rows) // 2:] if win.doc.label[r] == "paragraph")
    put(win, body)
    lo, hi = win.preview.shown_range()
    key(qtbot, win, K.Key_A)                    # an article starts here: one more after it
    assert len(win.articles.order()) == n + 1
    assert shown_numbers(win) == list(range(lo, lo + len(shown_numbers(win))))
    lo, hi = win.preview.shown_range()
    assert [(k, t) for k, t in win.preview.blocks() if k != "heading"] == corpus_blocks(win, lo, hi)
    key(qtbot, win, K.Key_Z, CTRL)
    assert len(win.articles.order()) == n
    lo, hi = win.preview.shown_range()
    assert [(k, t) for k, t in win.preview.blocks() if k != "heading"] == corpus_blocks(win, lo, hi)


def test_scrolling_past_the_end_of_the_window_shows_the_next_articles(qtbot, long_win):
    win = long_win
    bar = win.preview.verticalScrollBar()
    first_hi = win.preview.shown_range()[1]
    for _ in range(40):
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        if win.preview.shown_range()[1] == len(win.articles.order()):
            break
    lo, hi = win.preview.shown_range()
    assert hi > first_hi and hi == len(win.articles.order())
    assert hi - lo + 1 <= pv.WINDOW + pv.CHUNK
    assert shown_numbers(win) == list(range(lo, hi + 1))
    for _ in range(40):
        bar.setValue(bar.minimum())
        QApplication.processEvents()
        if win.preview.shown_range()[0] == 1:
            break
    assert win.preview.shown_range()[0] == 1


def test_find_in_clean_text_reaches_articles_outside_the_window(qtbot, long_win):
    win = long_win
    put(win, 0)
    assert win.preview.shown_range()[0] == 1
    dlg = find(qtbot, win, "鹿鸣小学学生", clean=True)      # only in the last copy
    assert dlg.status.text() == ""
    rows = win.view.selected_doc_rows()
    assert any("鹿鸣小学" in win.doc.current_text(r) for r in rows)
    lo, hi = win.preview.shown_range()
    assert hi == len(win.articles.order()) and lo > 1
    assert "鹿鸣小学" in win.preview.textCursor().block().text()


def test_a_jump_out_of_sight_lands_mid_pane_and_the_block_near_the_top_of_the_preview(qtbot, long_win):
    from .gui_keys import goto
    win = long_win
    target = len(win.doc) * 2 // 3
    while win.doc.label[target] != "paragraph":
        target += 1
    goto(qtbot, win, str(win.doc.src[target]))
    assert win.view.current_doc_row() == target
    rect = win.view.visualRect(win.view.currentIndex())
    height = win.view.viewport().height()
    assert height / 4 < rect.center().y() < 3 * height / 4      # context above and below it
    r = win.preview.cursorRect()
    assert 0 <= r.top() and r.bottom() <= win.preview.viewport().height() / 2
    assert win.doc.current_text(target).strip()[:4] in win.preview.highlighted_text().replace(" ", "")
    # a move to a row already on screen does not scroll
    bar = win.view.verticalScrollBar().value()
    key(qtbot, win, K.Key_Down)
    key(qtbot, win, K.Key_Down)
    assert win.view.verticalScrollBar().value() == bar
