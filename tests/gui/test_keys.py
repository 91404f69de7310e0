"""Every row of the key table, pressed on the real window (offscreen)."""
import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from .gui_keys import CTRL, SHIFT, K, back_in_pane, dialog, goto, key, move_to, put, row_of, three_articles, type_text

from app.document import ALL, BREAK, LABEL
from widgets.dialogs import CheatSheet

pytestmark = pytest.mark.gui


def kinds(win, text):
    return [k for k, t in win.preview.blocks() if text in t]


# ---- moving and selecting ---------------------------------------------------------------
def test_up_down_page_home_end_and_shift_extends(qtbot, win):
    put(win, 0)
    key(qtbot, win, K.Key_Down)
    assert win.view.current_doc_row() == 1
    key(qtbot, win, K.Key_Up)
    assert win.view.current_doc_row() == 0
    key(qtbot, win, K.Key_End)
    assert win.view.current_doc_row() == len(win.doc) - 1
    key(qtbot, win, K.Key_Home)
    assert win.view.current_doc_row() == 0
    key(qtbot, win, K.Key_PageDown)
    assert win.view.current_doc_row() > 1
    key(qtbot, win, K.Key_PageUp)
    assert win.view.current_doc_row() == 0
    key(qtbot, win, K.Key_Down, SHIFT)
    key(qtbot, win, K.Key_Down, SHIFT)
    assert win.view.selected_doc_rows() == [0, 1, 2]
    key(qtbot, win, K.Key_Up, SHIFT)
    assert win.view.selected_doc_rows() == [0, 1]
    key(qtbot, win, K.Key_End, SHIFT)
    assert win.view.selected_doc_rows() == list(range(len(win.doc)))
    put(win, len(win.doc) - 1)
    key(qtbot, win, K.Key_Home, SHIFT)
    assert win.view.selected_doc_rows() == list(range(len(win.doc)))
    put(win, 0)
    key(qtbot, win, K.Key_PageDown, SHIFT)
    assert len(win.view.selected_doc_rows()) > 2
    put(win, len(win.doc) - 1)
    key(qtbot, win, K.Key_PageUp, SHIFT)
    assert win.view.selected_doc_rows()[-1] == len(win.doc) - 1 and len(win.view.selected_doc_rows()) > 2
    assert win.stack.count() == 0   # moving changes nothing


def test_ctrl_b_folds_blank_lines_and_movement_skips_them(qtbot, win):
    blank = next(r for r in range(len(win.doc)) if win.doc.label[r] is None)
    assert win.model.rowCount() == len(win.doc)
    key(qtbot, win, K.Key_B, CTRL)
    assert not win.acts.qactions["view.blank_lines"].isChecked()
    assert win.model.rowCount() == len(win.doc) - 1
    put(win, blank - 1)
    key(qtbot, win, K.Key_Down)
    assert win.view.current_doc_row() == blank + 1
    key(qtbot, win, K.Key_Up)
    assert win.view.current_doc_row() == blank - 1
    key(qtbot, win, K.Key_B, CTRL)
    assert win.model.rowCount() == len(win.doc)
    assert win.view.current_doc_row() == blank - 1


def test_ctrl_g_goes_to_a_line_or_selects_a_range(qtbot, win):
    goto(qtbot, win, "7")
    assert win.doc.src[win.view.current_doc_row()] == 7
    assert win.view.hasFocus()
    goto(qtbot, win, "2-4")
    assert [win.doc.src[r] for r in win.view.selected_doc_rows()] == [2, 3, 4]
    dlg = goto(qtbot, win, "x")
    assert dlg.isVisible() and dlg.error.text()
    qtbot.keyClick(dlg.edit, K.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_brackets_go_to_previous_and_next_article(qtbot, win):
    three_articles(qtbot, win)
    arts = win.articles
    firsts = [arts.first_row(a) for a in arts.order()]
    put(win, firsts[0])
    key(qtbot, win, K.Key_BracketRight)
    assert win.view.current_doc_row() == firsts[1]
    key(qtbot, win, K.Key_BracketRight)
    assert win.view.current_doc_row() == firsts[2]
    key(qtbot, win, K.Key_BracketLeft)
    assert win.view.current_doc_row() == firsts[1]
    assert "article 2 of" in win.status["article"].text()


def test_n_and_shift_n_walk_the_review_order(qtbot, win):
    from app.review import review_order
    doc = win.doc
    todo = review_order(doc)
    assert win.status["review"].text() == f"{len(todo)} to review"
    walked = []
    for _ in range(4):
        key(qtbot, win, K.Key_N)                  # a fresh page: N starts at the order's first
        walked.append(win.view.current_doc_row())
    assert walked == todo[:4]
    key(qtbot, win, K.Key_N, SHIFT)
    assert win.view.current_doc_row() == todo[2]
    put(win, todo[2])
    key(qtbot, win, K.Key_Space)                  # confirm it; Space moves on in reading order
    assert win.status["review"].text() == f"{len(todo) - 1} to review"
    key(qtbot, win, K.Key_N, SHIFT)
    assert win.view.current_doc_row() == todo[1]
    key(qtbot, win, K.Key_N)
    assert win.view.current_doc_row() == todo[3]  # the confirmed line is skipped
    put(win, 0)
    key(qtbot, win, K.Key_N)                      # moving the cursor keeps the place in the order
    assert win.view.current_doc_row() == todo[4]
    for _ in range(len(todo) - 5):
        key(qtbot, win, K.Key_N)
    assert win.view.current_doc_row() == todo[-1]
    key(qtbot, win, K.Key_N)
    assert win.view.current_doc_row() == todo[0]   # wraps round


# ---- labels ---------------------------------------------------------------------------------
LETTERS = [(K.Key_H, "headline"), (K.Key_S, "subtitle"), (K.Key_K, "kicker"), (K.Key_B, "byline"),
           (K.Key_T, "subheading"), (K.Key_P, "paragraph"), (K.Key_C, "caption"), (K.Key_X, "noise")]
DIGITS = [K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5, K.Key_6, K.Key_7, K.Key_8]


@pytest.mark.parametrize("i", range(8))
def test_label_keys_and_their_digits_set_the_label(qtbot, win, i):
    letter, label = LETTERS[i]
    a, b = row_of(win, "悠悠民生"), row_of(win, "道防线")
    for k in (letter, DIGITS[i]):
        win.view.go_to(a, extend_to=b)
        before = [win.doc.label[r] for r in range(a, b + 1)]
        key(qtbot, win, k)
        assert [win.doc.label[r] for r in range(a, b + 1)] == [label] * (b - a + 1)
        assert all(win.doc.confirmed[r] & LABEL for r in range(a, b + 1))
        assert win.stack.undoText() == f"Label {label}"
        assert win.acts.qactions["undo"].text() == f"Undo Label {label}"
        shown = {"noise": []}.get(label, [label])
        assert kinds(win, "健康为大") == shown
        key(qtbot, win, k)      # sets, never toggles
        assert [win.doc.label[r] for r in range(a, b + 1)] == [label] * (b - a + 1)
        key(qtbot, win, K.Key_Z, CTRL)
        assert win.statusBar().currentMessage() == f"Undone: Label {label}"
        key(qtbot, win, K.Key_Z, CTRL)
        assert [win.doc.label[r] for r in range(a, b + 1)] == before


def test_a_label_key_on_a_body_line_moves_no_line_to_another_article(qtbot, open_window):
    """H on a line inside a paragraph of the sample page (its headlines are printed after
    the bodies) changes that line's label only: no article is cut there, none takes the
    real headline. Starting an article is A's job."""
    from tests.conftest import SAMPLE
    win = open_window(SAMPLE)
    doc = win.doc
    body = row_of(win, "作，提升亲子沟通质量")       # ends the first paragraph of article 1
    articles, order = list(doc.article), list(win.articles.order())
    put(win, body)
    key(qtbot, win, K.Key_H)
    assert doc.label[body] == "headline"
    assert list(doc.article) == articles and list(win.articles.order()) == order
    first = doc.article[row_of(win, "葱是跟妈妈一起种下的")]
    assert doc.article[row_of(win, "“家校社”协同育人")] == first   # the real headline stays
    key(qtbot, win, K.Key_A)                            # and A starts an article there
    assert win.articles.first_row(doc.article[body]) == body
    assert len(win.articles.order()) == len(order) + 1  # one: no stray line of another one
    second = row_of(win, "悠悠民生")                       # first line of the next article
    assert doc.article[second] == articles[second]


# ---- articles -------------------------------------------------------------------------------
def test_a_starts_an_article_at_the_first_selected_line(qtbot, win):
    three_articles(qtbot, win)
    r = row_of(win, "县乡医院是守护")
    n = len(win.articles.order())
    win.view.go_to(r, extend_to=r + 1)
    key(qtbot, win, K.Key_A)
    assert win.articles.first_row(win.doc.article[r]) == r
    assert len(win.articles.order()) == n + 1
    assert win.stack.undoText() == "Start article"
    assert sum(1 for k, _ in win.preview.blocks() if k == "heading") == n + 1
    count = win.stack.count()
    key(qtbot, win, K.Key_A)           # already starts an article: nothing happens
    assert win.stack.count() == count
    key(qtbot, win, K.Key_Z, CTRL)
    assert len(win.articles.order()) == n


def test_shift_a_merges_the_article_into_the_previous_one(qtbot, win):
    three_articles(qtbot, win)
    arts = win.articles
    second = arts.order()[1]
    first_row = arts.first_row(second)
    prev_article = win.doc.article[arts.first_row(arts.order()[0])]
    n = len(arts.order())
    put(win, first_row + 1)
    key(qtbot, win, K.Key_A, SHIFT)
    assert win.doc.article[first_row] == prev_article
    assert len(arts.order()) == n - 1
    assert win.stack.undoText() == "Merge with previous article"
    assert sum(1 for k, _ in win.preview.blocks() if k == "heading") == n - 1
    key(qtbot, win, K.Key_Z, CTRL)
    assert len(arts.order()) == n


def test_m_moves_lines_by_number_by_headline_words_or_to_a_new_article(qtbot, win):
    three_articles(qtbot, win)
    doc, arts = win.doc, win.articles
    head = row_of(win, "“家校社”协同育人")
    put(win, head)
    move_to(qtbot, win, "1")
    assert doc.article[head] == arts.order()[0]
    assert win.stack.undoText() == "Move to article 1"
    assert any("家校社" in t for t in [t for k, t in win.preview.blocks()][:8])
    # words of a headline (the first words when there is none)
    third = arts.order()[2]
    words = win.article_list.model_.title(third)[:4]
    other = row_of(win, "县乡医院破解")
    put(win, other)
    key(qtbot, win, K.Key_Z, CTRL)
    put(win, other)
    move_to(qtbot, win, words)
    assert doc.article[other] == third
    # no match: the only choice left is a new article
    n = len(arts.order())
    put(win, row_of(win, "芙蓉学校"))
    move_to(qtbot, win, "zzz")
    assert len(arts.order()) == n + 1
    assert win.stack.undoText() == "Move to new article"


# ---- paragraph ends, confirming, editing ------------------------------------------------------
def test_enter_toggles_the_paragraph_end(qtbot, win):
    r = row_of(win, "课间午休")
    was = win.doc.para_end[r]
    put(win, r)
    paragraphs = kinds(win, "").count("paragraph")
    key(qtbot, win, K.Key_Return)
    assert win.doc.para_end[r] is (not was)
    assert win.doc.confirmed[r] & BREAK
    assert win.stack.undoText() == "Toggle paragraph end"
    assert kinds(win, "").count("paragraph") == paragraphs + (1 if not was else -1)
    key(qtbot, win, K.Key_Enter)        # the keypad's Enter does the same
    assert win.doc.para_end[r] is was


def test_space_confirms_the_selection_and_jumps_to_the_next_unconfirmed_line(qtbot, win):
    a, b = 1, 3
    win.view.go_to(a, extend_to=b)
    key(qtbot, win, K.Key_Space)
    assert all(win.doc.confirmed[r] & ALL == ALL for r in range(a, b + 1))
    assert win.stack.undoText() == "Confirm"
    nxt = win.view.current_doc_row()
    assert nxt > b and win.doc.confirmed[nxt] & ALL != ALL
    assert all(win.doc.label[r] is None or win.doc.confirmed[r] & ALL == ALL for r in range(b + 1, nxt))
    assert win.status["confirmed"].text() != "confirmed 0%"


def editor_open(qtbot):
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    return QApplication.focusWidget()


def test_f2_edits_in_place_enter_commits_esc_cancels_ctrl_enter_splits(qtbot, win):
    r = row_of(win, "悠悠民生")
    put(win, r)
    key(qtbot, win, K.Key_F2)
    editor = editor_open(qtbot)
    editor.selectAll()
    type_text(qtbot, editor, "悠悠民生，健康第一。")
    assert win.stack.count() == 0          # letters typed in the editor are text
    qtbot.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: win.doc.current_text(r) == "悠悠民生，健康第一。")
    assert win.stack.undoText() == "Edit text"
    assert kinds(win, "健康第一") == ["paragraph"]
    back_in_pane(qtbot, win)
    # Esc cancels
    key(qtbot, win, K.Key_F2)
    editor = editor_open(qtbot)
    qtbot.keyClicks(editor, "xyz")
    qtbot.keyClick(editor, K.Key_Escape)
    back_in_pane(qtbot, win)
    assert win.doc.current_text(r) == "悠悠民生，健康第一。"
    assert win.stack.count() == 1
    # Ctrl+Enter splits at the cursor
    n = len(win.doc)
    key(qtbot, win, K.Key_F2)
    editor = editor_open(qtbot)
    editor.setCursorPosition(5)
    qtbot.keyClick(editor, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(win.doc) == n + 1)
    assert win.doc.current_text(r) == "悠悠民生，" and win.doc.current_text(r + 1) == "健康第一。"
    assert win.stack.undoText() == "Split line"
    assert win.view.current_doc_row() == r
    back_in_pane(qtbot, win)
    key(qtbot, win, K.Key_Z, CTRL)
    assert len(win.doc) == n


# ---- undo, redo ------------------------------------------------------------------------------
def test_undo_and_redo_name_the_operation(qtbot, win):
    r = row_of(win, "悠悠民生")
    put(win, r)
    before = win.doc.label[r]
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.doc.label[r] == before
    assert win.acts.qactions["redo"].text() == "Redo Label headline"
    assert kinds(win, "健康为大") == [before]
    key(qtbot, win, K.Key_Z, CTRL | SHIFT)
    assert win.doc.label[r] == "headline" and kinds(win, "健康为大") == ["headline"]
    assert win.statusBar().currentMessage() == "Redone: Label headline"
    key(qtbot, win, K.Key_Z, CTRL)
    key(qtbot, win, K.Key_Y, CTRL)
    assert win.doc.label[r] == "headline"
    assert win.stack.index() == win.stack.count() == 1
    assert win.doc.can_undo() and not win.doc.can_redo()


# ---- the single-letter keys belong to the raw pane ----------------------------------------------
def test_letters_do_nothing_outside_the_raw_pane(qtbot, win):
    win.preview.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.preview)
    for k in (K.Key_H, K.Key_A, K.Key_Space, K.Key_Return, K.Key_1):
        qtbot.keyClick(win.preview, k)
    assert win.stack.count() == 0
    win.article_list.setFocus()
    qtbot.keyClick(win.article_list, K.Key_X)
    assert win.stack.count() == 0


def test_f1_and_question_mark_show_every_key(qtbot, win):
    from app.keymap import ACTIONS
    for k in (K.Key_F1, K.Key_Question):
        key(qtbot, win, k)
        dlg = dialog(qtbot, win, CheatSheet)
        assert dlg.table.rowCount() == len(ACTIONS)
        keys = [dlg.table.item(i, 2).text() for i in range(dlg.table.rowCount())]
        assert "Ctrl+G" in keys and any("H" in k for k in keys)
        qtbot.keyClick(dlg.table, K.Key_Escape)
        back_in_pane(qtbot, win)


def test_moving_an_articles_first_line_reorders_the_preview(qtbot, win):
    three_articles(qtbot, win)
    first = win.articles.first_row(win.articles.order()[0])
    put(win, first)
    move_to(qtbot, win, "3")               # article 3 now starts first: the numbers change
    from app.corpus import build_corpus
    corpus = build_corpus(win.doc)
    win.preview.settle()
    shown = win.preview.blocks()
    assert [(k, t) for k, t in shown if k != "heading"] == \
        [(b["type"], b["text"]) for a in corpus["articles"] for b in a["blocks"]]
    heads = [t for k, t in shown if k == "heading"]
    assert [h.split(" ·")[0] for h in heads] == [f"Article {i}" for i in range(1, len(heads) + 1)]
    key(qtbot, win, K.Key_Z, CTRL)
    win.preview.settle()
    corpus = build_corpus(win.doc)
    assert [(k, t) for k, t in win.preview.blocks() if k != "heading"] == \
        [(b["type"], b["text"]) for a in corpus["articles"] for b in a["blocks"]]
