"""Frictions found by working real pages to their gold by keys and mouse (issue 17), each
pressed or clicked as a person does."""
from PySide6.QtWidgets import QApplication, QWidget

from PySide6.QtCore import QPoint, Qt

from .gui_keys import CTRL, SHIFT, K, key, move_to, put, row_of, three_articles

LEFT = Qt.MouseButton.LeftButton


def long_page(tmp_path, n=200, name="long.txt"):
    p = tmp_path / name
    p.write_text("".join(f"第{i}行的文字，足够长的一行正文内容在这里继续写下去。\n" for i in range(n)),
                 encoding="utf-8")
    return p


def typed(qtbot, k, mod=Qt.KeyboardModifier.NoModifier):
    """A key pressed wherever the keyboard is now, as a person presses it."""
    qtbot.keyClick(QApplication.focusWidget(), k, mod)


def on_screen(win, row):
    idx = win.model.index_of(row)
    return win.view.visualRect(idx).intersects(win.view.viewport().rect())


# ---- 4: undo and redo show what they changed; undoing back to the saved state is clean --------
def test_undo_and_redo_go_to_what_they_changed_and_back_to_saved_is_clean(qtbot, open_window, tmp_path):
    win = open_window(long_page(tmp_path))
    put(win, 150)
    key(qtbot, win, K.Key_H)
    assert win.doc.label[150] == "headline" and win.windowTitle().endswith("*")
    key(qtbot, win, K.Key_Home)
    assert not on_screen(win, 150)
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.view.current_doc_row() == 150 and on_screen(win, 150)
    assert win.doc.label[150] != "headline"
    assert not win.windowTitle().endswith("*") and win.status["modified"].text() == "saved"
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_Z, CTRL | SHIFT)
    assert win.view.current_doc_row() == 150 and on_screen(win, 150)
    assert win.doc.label[150] == "headline" and win.windowTitle().endswith("*")
    key(qtbot, win, K.Key_Z, CTRL)
    key(qtbot, win, K.Key_Q, CTRL)          # back at the saved state: Quit asks nothing
    assert not win.isVisible() and QApplication.activeModalWidget() is None


def test_a_range_undone_is_selected(qtbot, open_window, tmp_path):
    win = open_window(long_page(tmp_path))
    put(win, 120)
    for _ in range(3):
        key(qtbot, win, K.Key_Down, SHIFT)
    key(qtbot, win, K.Key_S)
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.view.selected_doc_rows() == [120, 121, 122, 123]


def test_saved_then_undone_is_unsaved_and_redone_is_saved_again(qtbot, open_window, tmp_path):
    win = open_window(long_page(tmp_path))
    put(win, 10)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_S, CTRL)
    assert not win.doc.dirty
    key(qtbot, win, K.Key_Z, CTRL)
    assert win.doc.dirty and win.windowTitle().endswith("*")
    key(qtbot, win, K.Key_Z, CTRL | SHIFT)
    assert not win.doc.dirty and not win.windowTitle().endswith("*")


# ---- 9: a share of lines confirmed never reads 100% while a line is left -------------------------
def test_one_line_left_unconfirmed_is_not_100_percent(qtbot, open_window, tmp_path):
    win = open_window(long_page(tmp_path, n=400))
    key(qtbot, win, K.Key_Home)
    key(qtbot, win, K.Key_End, SHIFT)
    key(qtbot, win, K.Key_Up, SHIFT)         # all but the last line
    key(qtbot, win, K.Key_Space)
    lines, done = win.articles.totals()
    assert done == lines - 1
    assert win.status["confirmed"].text() == "confirmed 99%"
    win.article_list.model_.flush()
    shares = {win.article_list.model_.item(i, 3).text() for i in range(win.article_list.model_.rowCount())}
    assert "100%" not in shares and "99%" in shares
    key(qtbot, win, K.Key_End)
    key(qtbot, win, K.Key_Space)
    assert win.status["confirmed"].text() == "confirmed 100%"


# ---- 1: after a click in the preview or the article list the keys act on the raw lines ----------
def click_preview_block(qtbot, win, text):
    pv = win.preview
    b = pv.document().begin()
    while b.isValid() and text not in b.text():
        b = b.next()
    rect = pv.document().documentLayout().blockBoundingRect(b)
    pv.verticalScrollBar().setValue(int(rect.top()) - 10)
    QApplication.processEvents()
    y = int(rect.top() + rect.height() / 2) - pv.verticalScrollBar().value()
    qtbot.mouseClick(pv.viewport(), LEFT, pos=QPoint(60, y))


def test_after_a_click_in_the_preview_label_keys_act_on_the_lines_clicked(qtbot, win):
    click_preview_block(qtbot, win, "课间午休")
    assert QApplication.focusWidget() is win.view
    typed(qtbot, K.Key_C)
    assert win.doc.label[row_of(win, "课间午休")] == "caption"
    typed(qtbot, K.Key_Down)
    assert win.view.current_doc_row() > row_of(win, "课间午休")


def test_after_a_click_in_the_article_list_down_moves_the_raw_cursor(qtbot, win):
    three_articles(qtbot, win)
    lst = win.article_list
    lst.model_.flush()
    second = win.articles.order()[1]
    rect = lst.visualRect(lst.model_.index(1, 1))
    qtbot.mouseClick(lst.viewport(), LEFT, pos=rect.center())
    start = win.articles.first_row(second)
    assert win.view.current_doc_row() == start and QApplication.focusWidget() is win.view
    typed(qtbot, K.Key_Down)
    assert win.view.current_doc_row() == win.doc.next_nonblank(start, 1)


def test_after_m_the_list_highlights_the_article_the_lines_went_to(qtbot, win):
    three_articles(qtbot, win)
    lst = win.article_list
    put(win, row_of(win, "悠悠民生"))
    move_to(qtbot, win, "1")
    aid = win.doc.article[row_of(win, "悠悠民生")]
    qtbot.waitUntil(lambda: not lst.model_.pending(), timeout=2000)
    assert lst.model_.article_id(lst.currentIndex().row()) == aid


# ---- 2: the preview shows the cursor's article from its top ------------------------------------
def article_top_in_view(win):
    pv = win.preview
    row = win.view.current_doc_row()
    frame = pv._frames[win.doc.article[row]]
    layout = pv.document().documentLayout()
    top = layout.frameBoundingRect(frame).top()
    block = layout.blockBoundingRect(pv.block_for_row(row))
    value, height = pv.verticalScrollBar().value(), pv.viewport().height()
    return value <= top <= value + height and block.bottom() <= value + height


def drag(qtbot, widget, start, end):
    """Press, move with the button held, release: a drag of the mouse."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    NONE = Qt.KeyboardModifier.NoModifier

    origin = widget.mapToGlobal(QPoint(0, 0))      # the widget moves as it is dragged

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(widget, QMouseEvent(kind, QPointF(pos), QPointF(origin + pos), button, buttons, NONE))
    send(QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * i / 5, Qt.MouseButton.NoButton, LEFT)
    send(QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton)
    QApplication.processEvents()


def test_the_preview_opens_on_the_cursors_article_from_its_top(qtbot, open_window, sample_path):
    win = open_window(sample_path)
    qtbot.waitUntil(lambda: article_top_in_view(win), timeout=2000)


def test_after_a_splitter_drag_the_preview_still_shows_the_cursors_article(qtbot, open_window, sample_path):
    win = open_window(sample_path)
    for _ in range(3):
        key(qtbot, win, K.Key_BracketRight)
    assert win.articles.number(win.doc.article[win.view.current_doc_row()]) >= 3
    split = win.centralWidget()
    handle = split.handle(1)
    for dx in (-350, 500):
        middle = QPoint(handle.width() // 2, handle.height() // 2)
        drag(qtbot, handle, middle, middle + QPoint(dx, 0))
        qtbot.waitUntil(lambda: article_top_in_view(win), timeout=2000)


# ---- 7: Shift+Space accepts the whole article and goes to the next one with lines to review -----
def test_shift_space_confirms_the_article_and_goes_to_the_next_with_unconfirmed_lines(qtbot, win):
    three_articles(qtbot, win)
    first, second, third = win.articles.order()
    put(win, win.articles.rows(first)[1])
    key(qtbot, win, K.Key_Space, SHIFT)
    assert win.articles.stats(first)[1] == win.articles.stats(first)[0]
    assert win.articles.stats(second)[1] == 0
    assert win.view.current_doc_row() == win.articles.first_row(second)
    put(win, win.articles.first_row(third))
    key(qtbot, win, K.Key_Space, SHIFT)           # wraps round past the article done
    assert win.view.current_doc_row() == win.articles.first_row(second)
    key(qtbot, win, K.Key_Z, CTRL)                # one step undoes the whole article
    assert win.articles.stats(third)[1] == 0 and win.articles.stats(first)[1] > 0


# ---- 8: a split in F2 and X on a paragraph's last line keep the paragraphs the reader sees -----
def paragraphs(win):
    return [t for kind, t in win.preview.blocks() if kind == "paragraph"]


def test_ctrl_enter_in_f2_splits_a_line_inside_its_paragraph(qtbot, win):
    r = row_of(win, "近年来，溆浦县")
    assert not win.doc.para_end[r] and win.doc.label[r] == "paragraph"
    before = paragraphs(win)
    put(win, r)
    key(qtbot, win, K.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not win.view)
    editor = QApplication.focusWidget()
    editor.home(False)
    for _ in range(4):
        qtbot.keyClick(editor, K.Key_Right)
    qtbot.keyClick(editor, K.Key_Return, CTRL)
    qtbot.waitUntil(lambda: win.doc.current_text(r) == "近年来，")
    assert paragraphs(win) == before
    assert not win.doc.para_end[r] and not win.doc.para_end[r + 1]


def test_x_on_the_last_line_of_a_paragraph_keeps_the_paragraph_apart_from_the_next(qtbot, open_window, sample_path):
    win = open_window(sample_path)
    doc = win.doc

    def paragraph_line(r, of):
        return r is not None and doc.label[r] == "paragraph" and doc.article[r] == doc.article[of]
    # a paragraph's last line between a line of its paragraph and the next paragraph
    row = next(r for r in range(1, len(doc)) if doc.label[r] == "paragraph" and doc.para_end[r]
               and paragraph_line(doc.next_nonblank(r, -1), r) and not doc.para_end[doc.next_nonblank(r, -1)]
               and paragraph_line(doc.next_nonblank(r, 1), r))
    before = paragraphs(win)
    put(win, row)
    key(qtbot, win, K.Key_X)
    assert doc.label[row] == "noise"
    assert len(paragraphs(win)) == len(before)
    key(qtbot, win, K.Key_Z, CTRL)
    assert paragraphs(win) == before


# ---- 11: an article without a headline is written with no heading ------------------------------
def test_a_headless_article_exports_to_markdown_without_a_made_up_heading(qtbot, win, tmp_path):
    from .test_window import choose_file
    three_articles(qtbot, win)
    put(win, row_of(win, "近年来"))
    assert not win.doc.label[row_of(win, "近年来")] == "headline"
    out = tmp_path / "out.md"
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, out)
    md = out.read_text(encoding="utf-8")
    headings = [line for line in md.splitlines() if line.startswith("# ")]
    assert md.count("---") == 2 and not [h for h in headings if h.startswith("# (")]
    assert all(win.doc.label[row_of(win, h[2:4])] == "headline" for h in headings)


# ---- 3: blank lines folded on double-spaced pages; Ctrl+B, panes and folders remembered ---------
def double_spaced(tmp_path, name="double.txt", n=40):
    p = tmp_path / name
    p.write_text("".join(f"第{i}行正文，一行之后是一个空行。\n\n" for i in range(n)), encoding="utf-8")
    return p


def closed(win):
    win.doc.saved_revision = win.doc.revision
    win.close()
    assert not win.isVisible()


def test_a_double_spaced_page_opens_with_blank_lines_folded_and_ctrl_b_is_remembered(qtbot, open_window, tmp_path):
    win = open_window(double_spaced(tmp_path))
    assert win.model.folded and not win.acts.qactions["view.blank_lines"].isChecked()
    start = win.view.current_doc_row()
    for _ in range(10):
        key(qtbot, win, K.Key_Down)
    assert win.doc.src[win.view.current_doc_row()] == win.doc.src[start] + 20     # ten text lines on
    key(qtbot, win, K.Key_H)
    assert win.doc.label[win.view.current_doc_row()] == "headline"
    key(qtbot, win, K.Key_B, CTRL)              # the person wants them shown
    assert not win.model.folded
    closed(win)
    again = open_window(double_spaced(tmp_path, "other.txt"))
    assert not again.model.folded and again.acts.qactions["view.blank_lines"].isChecked()


def test_a_page_with_few_blank_lines_shows_them(qtbot, open_window, tmp_path):
    win = open_window(long_page(tmp_path))
    assert not win.model.folded


def test_pane_sizes_and_the_export_folder_are_remembered_between_launches(qtbot, open_window, tmp_path):
    from .test_window import choose_file, file_dialog
    win = open_window(long_page(tmp_path))
    handle = win.centralWidget().handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    drag(qtbot, handle, middle, middle + QPoint(-200, 0))
    sizes = win.centralWidget().sizes()
    out = tmp_path / "exports" / "page.md"
    out.parent.mkdir()
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, out)
    assert out.is_file()
    closed(win)
    again = open_window(long_page(tmp_path, name="other.txt"))
    assert again.centralWidget().sizes() == sizes
    key(qtbot, again, K.Key_E, CTRL)
    dlg, edit = file_dialog(qtbot, again)
    assert dlg.directory().absolutePath() == str(out.parent)
    qtbot.keyClick(edit, K.Key_Escape)


# ---- 5: a line wider than the pane scrolls sideways, its line number and label staying ---------
def test_a_long_line_scrolls_sideways_with_the_gutter_in_place(qtbot, open_window, tmp_path):
    p = tmp_path / "wide.txt"
    para = "这是一整段写在一行里的正文，" * 40
    p.write_text("标题\n" + "".join(f"{i}{para}\n" for i in range(30)), encoding="utf-8")
    win = open_window(p)
    view, bar = win.view, win.view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    wide = view.delegate.fm.horizontalAdvance(para)
    assert bar.maximum() + view.viewport().width() >= view.delegate.gutter_width() + wide
    gutter = view.delegate.gutter_width() - 7
    before = view.viewport().grab().toImage()
    for _ in range(3):          # clicks in the scroll bar's track, right of the handle
        qtbot.mouseClick(bar, LEFT, pos=QPoint(bar.width() - 30, bar.height() // 2))
    assert view.horizontalOffset() > 0
    after = view.viewport().grab().toImage()
    h = before.height()
    assert before.copy(0, 0, gutter, h) == after.copy(0, 0, gutter, h)
    assert before.copy(gutter + 10, 0, 300, h) != after.copy(gutter + 10, 0, 300, h)
    bar.setValue(bar.maximum())               # the end of the longest line is in reach
    key(qtbot, win, K.Key_Down)
    assert view.horizontalOffset() == bar.maximum()


# ---- 12: keeping half-width punctuation is a setting of the page in the window --------------------
def click_menu(qtbot, win, title, action_id):
    """Open a menu of the menu bar and click one of its items, with the mouse."""
    bar = win.menuBar()
    item = next(a for a in bar.actions() if a.text().replace("&", "") == title)
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(item).center())
    menu = item.menu()
    qtbot.waitUntil(menu.isVisible)
    target = win.acts.qactions[action_id]
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(target).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_keep_half_width_is_a_menu_setting_saved_with_the_session_and_undone(qtbot, open_window, tmp_path):
    import json
    p = tmp_path / "half.txt"
    p.write_text("标题\n读书可以让人保持思想活力,让人得到智慧启发。\n", encoding="utf-8")
    session = tmp_path / "half.json"
    win = open_window(p, session)
    assert "活力，让人" in win.preview.plain_text()
    click_menu(qtbot, win, "View", "view.keep_half_width")
    assert win.acts.qactions["view.keep_half_width"].isChecked()
    assert "活力,让人" in win.preview.plain_text() and win.windowTitle().endswith("*")
    key(qtbot, win, K.Key_S, CTRL)
    assert json.loads(session.read_text(encoding="utf-8"))["settings"] == {"fold_half_width": False}
    key(qtbot, win, K.Key_Z, CTRL)
    assert "活力，让人" in win.preview.plain_text()
    assert not win.acts.qactions["view.keep_half_width"].isChecked()
    key(qtbot, win, K.Key_Z, CTRL | SHIFT)
    closed(win)
    again = open_window(p, session)
    assert again.acts.qactions["view.keep_half_width"].isChecked() and "活力,让人" in again.preview.plain_text()


# ---- 6: a context menu on the lines, a palette of labels with their keys, a legend --------------
def right_click(qtbot, win, row):
    """A right click on a line, as the window system delivers it: the press, then the
    context menu event."""
    from PySide6.QtGui import QContextMenuEvent
    vp = win.view.viewport()
    pos = win.view.visualRect(win.model.index_of(row)).center()
    qtbot.mouseClick(vp, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(vp, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, vp.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: getattr(win, "line_menu", None) is not None and win.line_menu.isVisible())
    return win.line_menu


def click_item(qtbot, menu, text):
    item = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(item).center())
    return item


def test_the_context_menu_labels_confirms_and_starts_articles_on_the_line_clicked(qtbot, win):
    r = row_of(win, "悠悠民生")
    menu = right_click(qtbot, win, r)
    assert win.view.current_doc_row() == r
    texts = [a.text() for a in menu.actions()]
    assert "Label" in texts and "Article starts here" in texts and "Edit line" in texts
    sub = click_item(qtbot, menu, "Label").menu()
    qtbot.waitUntil(sub.isVisible)
    click_item(qtbot, sub, "Subheading")
    assert win.doc.label[r] == "subheading"
    menu = right_click(qtbot, win, r)
    click_item(qtbot, menu, "Article starts here")
    assert win.articles.first_row(win.doc.article[r]) == r
    menu = right_click(qtbot, win, r)
    click_item(qtbot, menu, "Confirm and go to the next unconfirmed line")
    assert win.doc.confirmed[r] & 7 == 7
    assert QApplication.focusWidget() is win.view
    menu = right_click(qtbot, win, r)
    click_item(qtbot, menu, "Edit line")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not win.view)
    editor = QApplication.focusWidget()
    assert editor.objectName() == "lineEditor" and editor.text() == win.doc.current_text(r)
    qtbot.keyClick(editor, K.Key_Escape)


def test_the_palette_shows_each_label_with_its_key_and_a_click_labels_the_selection(qtbot, win):
    r = row_of(win, "芙蓉学校学生")
    put(win, r)
    button = win.palette.findChild(QWidget, "palette_label.caption")
    assert "C, 7" in button.toolTip() and button.text() == "Caption"
    assert not button.icon().isNull()
    key(qtbot, win, K.Key_P)
    assert win.doc.label[r] == "paragraph"
    qtbot.mouseClick(button, LEFT)
    assert win.doc.label[r] == "caption" and QApplication.focusWidget() is win.view
    typed(qtbot, K.Key_K)                   # the keys still work: the click took no focus
    assert win.doc.label[r] == "kicker"


def test_f1_shows_a_legend_of_the_marks_and_the_marks_explain_themselves(qtbot, win):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QLabel, QToolTip
    from widgets.dialogs import CheatSheet

    from .gui_keys import dialog
    key(qtbot, win, K.Key_F1)
    dlg = dialog(qtbot, win, CheatSheet)
    words = " ".join(lab.text() for lab in dlg.legend.findChildren(QLabel))
    assert "Width bar" in words and "orange" in words and "headline (H)" in words and "¶" in words
    qtbot.keyClick(dlg, K.Key_Escape)
    vp = win.view.viewport()
    num, bar, band, _ = win.view.delegate.columns(win.view.visualRect(win.model.index_of(row_of(win, "悠悠民生"))))
    for rect, want in ((bar, "Width bar"), (band, "Label band")):
        QApplication.sendEvent(vp, QHelpEvent(QHelpEvent.Type.ToolTip, rect.center(), vp.mapToGlobal(rect.center())))
        qtbot.waitUntil(lambda: want in QToolTip.text())


# ---- 10: the Chinese interface names the rules in Chinese and no key twice ---------------------
def test_in_chinese_f1_names_each_key_once_and_the_status_bar_names_rules_in_chinese(qtbot, qapp, open_window, page):
    from widgets.dialogs import CheatSheet
    from widgets.i18n import install_translator

    from .gui_keys import dialog
    install_translator(qapp, "zh_CN")
    try:
        win = open_window(page)
        put(win, row_of(win, "近年来，溆浦县"))
        why = win.status["why"].text()
        assert "body" not in why and "open-end" not in why and "正文" in why
        key(qtbot, win, K.Key_F1)
        dlg = dialog(qtbot, win, CheatSheet)
        keys = [dlg.table.item(i, 2).text() for i in range(dlg.table.rowCount())]
        assert "回车" in keys and not [k for k in keys if len(set(k.split(", "))) < len(k.split(", "))]
        qtbot.keyClick(dlg, K.Key_Escape)
    finally:
        install_translator(qapp, "en")


def test_the_engines_sentences_reach_the_window_through_the_interface_catalogue(qtbot, qapp, open_window, page, tmp_path):
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QMessageBox

    from app.corpus import build_corpus
    from app.export import render
    from widgets.i18n import install_translator

    from .test_window import choose_file

    class Marked(QTranslator):
        """A catalogue that marks what it translates in the engine's context."""
        def translate(self, context, source, disambiguation=None, n=-1):
            return "译:" + source if context == "engine" else None

    install_translator(qapp, "en")
    marked = Marked()
    qapp.installTranslator(marked)
    try:
        session = tmp_path / "kept.json"
        win = open_window(page, session)
        key(qtbot, win, K.Key_S, CTRL)
        again = open_window(session)
        assert again.statusBar().currentMessage() == f"译:opened the session {session}"
        corpus = tmp_path / "corpus.json"
        corpus.write_text(render(build_corpus(again.doc), "json"), encoding="utf-8")
        key(qtbot, again, K.Key_O, CTRL)
        choose_file(qtbot, again, corpus)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert box.text() == f"译:{corpus}: an exported corpus, not a page or a session; open the page it was made from"
        box.accept()
    finally:
        qapp.removeTranslator(marked)


def test_a_new_launch_opens_its_first_dialog_in_the_folder_last_visited(qtbot, open_window, tmp_path):
    # Qt's own file dialog keeps the folder it was last in among its settings (QtProject,
    # in the test's own settings folder here); a window with no page open starts there
    from widgets.run import build_window

    from .gui_keys import show_focused
    from .test_window import file_dialog
    folder = tmp_path / "pages"
    folder.mkdir()
    page = long_page(folder, name="p1.txt")
    win = open_window(long_page(tmp_path))
    key(qtbot, win, K.Key_O, CTRL)
    dlg, edit = file_dialog(qtbot, win)
    qtbot.keyClicks(edit, str(folder))
    qtbot.keyClick(edit, K.Key_Return)            # into the folder
    qtbot.waitUntil(lambda: dlg.directory().absolutePath() == str(folder))
    qtbot.keyClicks(edit, page.name)
    qtbot.keyClick(edit, K.Key_Return)
    qtbot.waitUntil(lambda: win.doc.source.name == "p1.txt")
    closed(win)
    fresh = build_window(None)
    show_focused(qtbot, fresh)
    try:
        qtbot.keyClick(fresh, K.Key_O, CTRL)
        dlg, edit = file_dialog(qtbot, fresh)
        assert dlg.directory().absolutePath() == str(folder)
        qtbot.keyClick(edit, K.Key_Escape)
    finally:
        fresh.close()
        fresh.deleteLater()


def test_a_decoding_refusal_reaches_the_window_in_chinese(qtbot, qapp, open_window, page, tmp_path):
    # the decoders' sentences go through the same catalogue as the rest of the engine's
    from PySide6.QtWidgets import QMessageBox

    from widgets.i18n import install_translator

    from .test_window import choose_file

    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"abc\x00def")
    install_translator(qapp, "zh_CN")
    try:
        win = open_window(page)
        key(qtbot, win, K.Key_O, CTRL)
        choose_file(qtbot, win, binary)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        text = box.text() + "\n" + box.informativeText()
        box.accept()
        assert "看起来是二进制，不是文本（偏移 3 处有 NUL 字节）" in text, text
        assert "looks binary" not in text
    finally:
        install_translator(qapp, "en")
