"""The window's files, dialogs, panes and their sync, pressed by keys on the real window."""
import json
import re

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from app.corpus import build_corpus
from app.export import render
from app.session import load_session
from widgets.dialogs import FindDialog

from .gui_keys import CTRL, SHIFT, K, answer_box, back_in_pane, key, put, row_of, show_focused, three_articles, type_text

pytestmark = pytest.mark.gui


def file_dialog(qtbot, win):
    qtbot.waitUntil(lambda: isinstance(win.files.dialog, QFileDialog) and win.files.dialog.isVisible())
    dlg = win.files.dialog
    edit = dlg.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return dlg, edit


def choose_file(qtbot, win, path):
    dlg, edit = file_dialog(qtbot, win)
    edit.clear()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, K.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_title_and_status_bar(qtbot, win):
    assert win.windowTitle() == "Zhengwen — page.txt"
    assert win.status["file"].text() == "page.txt"
    assert win.status["encoding"].text().startswith("utf-8")
    put(win, row_of(win, "悠悠民生"))
    assert win.status["position"].text() == "line 9"
    assert "of" in win.status["article"].text()
    assert win.status["why"].text().startswith("line 9")
    key(qtbot, win, K.Key_H)
    assert win.windowTitle() == "Zhengwen — page.txt *"
    assert win.status["modified"].text() == "unsaved"
    key(qtbot, win, K.Key_Down, SHIFT)
    assert "(2 selected)" in win.status["position"].text()


def test_ctrl_s_saves_the_session_and_it_loads_back(qtbot, open_window, page, tmp_path):
    session = tmp_path / "sessions" / "page.json"
    win = open_window(page, session=session)
    put(win, row_of(win, "悠悠民生"))
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_S, CTRL)
    assert session.is_file()
    assert not win.doc.dirty and not win.windowTitle().endswith("*")
    assert build_corpus(load_session(session)) == build_corpus(win.doc)


def test_ctrl_shift_s_saves_as_and_later_saves_go_there(qtbot, win, tmp_path):
    target = tmp_path / "elsewhere.json"
    key(qtbot, win, K.Key_S, CTRL | SHIFT)
    choose_file(qtbot, win, target)
    assert target.is_file() and win.work.session == target
    back_in_pane(qtbot, win)
    key(qtbot, win, K.Key_X)
    key(qtbot, win, K.Key_S, CTRL)
    assert build_corpus(load_session(target)) == build_corpus(win.doc)


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_ctrl_e_exports_the_open_document(qtbot, win, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, out)
    assert out.read_text(encoding="utf-8") == render(build_corpus(win.doc), fmt)


def test_the_export_dialog_opens_where_the_last_export_went(qtbot, win, tmp_path):
    from pathlib import Path
    page_folder = str(Path(win.doc.source.path).resolve().parent)
    key(qtbot, win, K.Key_E, CTRL)
    dlg, edit = file_dialog(qtbot, win)
    assert dlg.directory().absolutePath() == page_folder
    out = tmp_path / "exports" / "first.md"
    out.parent.mkdir()
    edit.clear()
    qtbot.keyClicks(edit, str(out))
    qtbot.keyClick(edit, K.Key_Return)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert out.is_file()
    back_in_pane(qtbot, win)
    key(qtbot, win, K.Key_E, CTRL)
    dlg, edit = file_dialog(qtbot, win)
    assert dlg.directory().absolutePath() == str(out.parent)
    qtbot.keyClick(edit, K.Key_Escape)


def test_a_page_in_a_folder_that_cannot_be_written_exports_to_the_working_folder(qtbot, win, monkeypatch, tmp_path):
    import os
    from pathlib import Path
    page_folder = str(Path(win.doc.source.path).resolve().parent)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p) == page_folder and mode & os.W_OK
                        else real_access(p, mode, *a, **k))     # a read-only archive
    monkeypatch.chdir(tmp_path)
    key(qtbot, win, K.Key_E, CTRL)
    dlg, edit = file_dialog(qtbot, win)
    assert dlg.directory().absolutePath() == str(tmp_path)
    qtbot.keyClick(edit, K.Key_Escape)


def test_ctrl_o_opens_a_page_and_a_bad_file_leaves_the_document_alone(qtbot, win, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("另一页的标题\n正文第一行。\n", encoding="utf-8")
    key(qtbot, win, K.Key_O, CTRL)
    choose_file(qtbot, win, other)
    assert win.windowTitle() == "Zhengwen — other.txt"
    assert "正文第一行" in win.preview.plain_text()
    assert win.stack.count() == 0
    back_in_pane(qtbot, win)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format":"zhengwen-session","version":1,"rows":', encoding="utf-8")
    doc = win.doc
    key(qtbot, win, K.Key_O, CTRL)
    choose_file(qtbot, win, bad)
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    assert "bad.json" in win.error_box.text()
    assert win.doc is doc and win.windowTitle() == "Zhengwen — other.txt"
    qtbot.keyClick(win.error_box, K.Key_Return)


def test_ctrl_o_with_unsaved_changes_asks_first(qtbot, win):
    key(qtbot, win, K.Key_H)

    def cancel():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "unsavedBox"
        qtbot.keyClick(box, K.Key_Escape)
    QTimer.singleShot(0, cancel)
    key(qtbot, win, K.Key_O, CTRL)
    assert win.files.dialog is None or not win.files.dialog.isVisible()
    assert win.doc.dirty


def test_ctrl_q_quits_and_asks_about_unsaved_changes(qtbot, win):
    key(qtbot, win, K.Key_H)

    def answer(button):
        def click():
            box = QApplication.activeModalWidget()
            box.button(button).click()
        QTimer.singleShot(0, click)
    answer(QMessageBox.StandardButton.Cancel)
    key(qtbot, win, K.Key_Q, CTRL)
    assert win.isVisible()
    back_in_pane(qtbot, win)
    answer(QMessageBox.StandardButton.Save)
    key(qtbot, win, K.Key_Q, CTRL)
    assert not win.isVisible() and not win.doc.dirty


def test_ctrl_q_on_a_clean_document_just_quits(qtbot, win):
    key(qtbot, win, K.Key_Q, CTRL)
    assert not win.isVisible()


def find(qtbot, win, text, clean=False):
    key(qtbot, win, K.Key_F, CTRL)
    qtbot.waitUntil(lambda: isinstance(win.acts.dialog, FindDialog) and win.acts.dialog.isVisible())
    dlg = win.acts.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.edit)
    if clean:
        dlg.clean.setChecked(True)
    dlg.edit.clear()
    type_text(qtbot, dlg.edit, text)
    qtbot.keyClick(dlg.edit, K.Key_Return)
    return dlg


def test_enter_in_find_goes_to_the_next_match_and_on(qtbot, win):
    """Enter finds forward only (a dialog's default button used to take the Enter too and
    find back: the cursor landed on the last match)."""
    first, second = row_of(win, "县乡医院是守护"), row_of(win, "县乡医院破解")
    put(win, 0)
    dlg = find(qtbot, win, "县乡医院")
    assert win.view.current_doc_row() == first
    qtbot.keyClick(dlg.edit, K.Key_Return)
    assert win.view.current_doc_row() == second
    dlg.close()


def test_ctrl_f_finds_in_raw_lines_ignoring_layout_spaces_and_in_clean_text(qtbot, win):
    put(win, 0)
    dlg = find(qtbot, win, "菜地")
    assert win.view.current_doc_row() == row_of(win, "菜地")
    dlg.close()
    back_in_pane(qtbot, win)
    put(win, 0)
    find(qtbot, win, "陈耀杰正在")          # printed letter-spaced in the raw line
    assert win.view.current_doc_row() == row_of(win, "陈 耀 杰")
    win.acts.dialog.close()
    back_in_pane(qtbot, win)
    put(win, 0)
    dlg = find(qtbot, win, "午休，学校", clean=True)   # across a line break of the raw text
    rows = win.view.selected_doc_rows()
    assert row_of(win, "课间午休") in rows and row_of(win, "学 校 学 生") in rows
    assert dlg.status.text() == ""
    dlg.edit.clear()
    type_text(qtbot, dlg.edit, "不存在的词")
    qtbot.keyClick(dlg.edit, K.Key_Return)
    assert dlg.status.text() == "Not found"


def test_preview_follows_the_cursor_and_a_click_selects_the_raw_lines(qtbot, win):
    r = row_of(win, "县乡医院是守护")
    put(win, r)
    assert "县乡医院是守护" in win.preview.highlighted_text()
    target = next(b for b in _blocks(win) if "课间午休" in b.text())
    rect = win.preview.document().documentLayout().blockBoundingRect(target)
    win.preview.verticalScrollBar().setValue(int(rect.top()) - 10)
    QApplication.processEvents()
    y = int(rect.top() + rect.height() / 2) - win.preview.verticalScrollBar().value()
    qtbot.mouseClick(win.preview.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, y))
    rows = win.view.selected_doc_rows()
    assert row_of(win, "课间午休") in rows and row_of(win, "的一块菜地") in rows


def _blocks(win):
    b = win.preview.document().begin()
    while b.isValid():
        yield b
        b = b.next()


def test_preview_shows_markup_as_text_and_loads_no_resource(qtbot, open_window, tmp_path):
    page = tmp_path / "markup.txt"
    page.write_text('<img src="http://example.com/x.png"><b>粗体</b>&amp;\n正文。\n', encoding="utf-8")
    win = open_window(page)
    text = win.preview.plain_text()
    assert '<img src="http://example.com/x.png"><b>粗体</b>&amp;' in text.replace("＜", "<")
    assert win.preview.loadResource(2, "http://example.com/x.png") is None
    assert win.preview.document().loadResource(2, "http://example.com/x.png") is None


def test_article_list_shows_number_title_lines_and_confirmed_share(qtbot, win):
    three_articles(qtbot, win)
    m = win.article_list.model_
    qtbot.waitUntil(lambda: m.rowCount() == len(win.articles.order()), timeout=2000)
    first = win.articles.order()[0]
    rows = win.articles.rows(first)
    assert m.index(0, 2).data() == str(len(rows))
    assert m.index(0, 3).data() == "0%"
    win.view.go_to(rows[0], extend_to=rows[-1])
    key(qtbot, win, K.Key_Space)
    # the list follows when typing pauses, in one update for a burst of keys
    assert m.pending()
    qtbot.waitUntil(lambda: m.index(0, 3).data() == "100%", timeout=2000)
    assert not m.pending()
    start = win.articles.first_row(first)
    put(win, start)
    key(qtbot, win, K.Key_H)
    qtbot.waitUntil(lambda: m.index(0, 1).data() == win.doc.current_text(start).strip(), timeout=2000)
    win.article_list.setFocus()
    other = win.articles.order()[1]
    win.article_list.clicked.emit(m.index(1, 0))
    assert win.view.current_doc_row() == win.articles.first_row(other)


def test_the_article_list_follows_a_burst_of_keys_in_one_update(qtbot, win):
    three_articles(qtbot, win)
    m = win.article_list.model_
    qtbot.waitUntil(lambda: not m.pending(), timeout=2000)
    before = m.rowCount()
    updates = []
    real = m._apply
    m._apply = lambda touched: (updates.append(set(touched)), real(touched))
    first = win.articles.order()[0]
    rows = win.articles.rows(first)
    body = [r for r in rows if win.doc.label[r] == "paragraph"]
    put(win, body[len(body) // 2])
    key(qtbot, win, K.Key_A)                 # a new article starts here
    key(qtbot, win, K.Key_Down)
    key(qtbot, win, K.Key_P)
    assert m.rowCount() == before and not updates     # typing: the list waits
    qtbot.waitUntil(lambda: m.rowCount() == len(win.articles.order()) == before + 1, timeout=2000)
    assert len(updates) == 1                 # the three keys in one update
    here = win.doc.article[win.view.current_doc_row()]
    assert win.article_list.currentIndex().row() == win.articles.order().index(here)


def test_the_preview_patched_key_by_key_is_the_preview_written_afresh(qtbot, win):
    """Each key rewrites only the blocks it changed; what that leaves, formats and all,
    is what writing every article again gives."""
    import random
    three_articles(qtbot, win)
    rnd = random.Random(5)
    keys = [K.Key_H, K.Key_P, K.Key_C, K.Key_B, K.Key_T, K.Key_X, K.Key_S, K.Key_Return, K.Key_A]
    rows = [r for r in range(len(win.doc)) if win.doc.label[r] is not None]

    def html():     # block keys aside (each write draws new ones)
        return re.sub(r"-qt-user-state:\d+;", "", win.preview.qdoc.toHtml())
    for step in range(60):
        put(win, rnd.choice(rows))
        if step % 7 == 6:
            key(qtbot, win, K.Key_Z, CTRL)
        else:
            key(qtbot, win, rnd.choice(keys))
        if step % 10 == 9:
            win.preview.settle()
            patched = html()
            win.preview.rebuild()
            assert html() == patched
    assert win.preview._patches > 0


@pytest.mark.parametrize("after", [
    ["P1", "P2"],                 # a block goes from between two that stay
    ["P1", "C1", "X", "P2"],      # one comes between two
    ["C1", "P2"],                 # the first goes
    ["P1", "C1"],                 # the last goes
    ["Y"],                        # all change
    ["P1", "C1", "P2", "Z"],      # one comes at the end
])
def test_patching_an_article_gives_the_blocks_written_afresh(qtbot, win, after):
    kinds = {"P1": "paragraph", "C1": "caption", "P2": "paragraph", "X": "subheading",
             "Y": "byline", "Z": "caption"}
    pv = win.preview
    aid = pv._shown[0]
    state = {"items": ["P1", "C1", "P2"], "heading": "Article 1 · 3 lines"}

    def items(a, number):
        if a != aid:
            return real(a, number)
        return [("heading", state["heading"], (), ())] + [(kinds[t], t, (i,), ()) for i, t in enumerate(state["items"])]
    real = pv._items
    pv._items = items
    pv.rebuild()
    state["items"], state["heading"] = after, "Article 1 · %d lines" % len(after)
    patches = pv._patches
    pv._refill(aid, 1)
    assert pv._patches == patches + 1
    patched = re.sub(r"-qt-user-state:\d+;", "", pv.qdoc.toHtml())
    assert [t for k, t in pv.blocks()][:len(after) + 1] == [state["heading"]] + after
    pv.rebuild()
    assert re.sub(r"-qt-user-state:\d+;", "", pv.qdoc.toHtml()) == patched


def test_lines_model_passes_the_model_tester(qtbot, qtmodeltester, win):
    qtmodeltester.check(win.model)
    key(qtbot, win, K.Key_B, CTRL)
    qtmodeltester.check(win.model)
    qtmodeltester.check(win.article_list.model_)


def test_a_bad_file_at_start_is_a_message_and_an_empty_window(qtbot, tmp_path):
    from widgets.run import build_window
    bad = tmp_path / "bad.json"
    bad.write_text('{"format":"zhengwen-session","version":99}', encoding="utf-8")
    win = build_window(str(bad))
    try:
        assert win.doc is None
        assert "bad.json" in win.error_box.text()
        assert win.windowTitle() == "Zhengwen"
    finally:
        win.error_box.close()
        win.close()


def test_keymap_from_the_user_file_is_used(qtbot, tmp_path, monkeypatch, page):
    from widgets.run import build_window
    user = tmp_path / "keys.json"
    user.write_text(json.dumps({"label.headline": ["J"]}), encoding="utf-8")
    monkeypatch.setenv("ZHENGWEN_KEYMAP", str(user))
    win = build_window(str(page))
    try:
        show_focused(qtbot, win)
        r = row_of(win, "悠悠民生")
        put(win, r)
        key(qtbot, win, K.Key_J)
        assert win.doc.label[r] == "headline"
        key(qtbot, win, K.Key_H)
        assert win.stack.count() == 1
    finally:
        win.doc.saved_revision = win.doc.revision
        win.close()


def test_a_keymap_files_problems_are_said_whole_when_the_window_opens(qtbot, tmp_path, monkeypatch, page):
    """A key two actions claim and an unknown action: each on a line of its own, by the
    actions' names, in a box (a status bar cut them off and took them away)."""
    from widgets.run import build_window
    user = tmp_path / "keys.json"
    user.write_text(json.dumps({"label.headline": ["S"], "no.such": ["Q"]}), encoding="utf-8")
    monkeypatch.setenv("ZHENGWEN_KEYMAP", str(user))
    win = build_window(str(page))
    try:
        win.show()
        qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
        text = win.error_box.text()
        assert "S is the key of: Headline, Subtitle" in text and "'no.such'" in text, text
        qtbot.keyClick(win.error_box, K.Key_Return)
        show_focused(qtbot, win)
        put(win, row_of(win, "悠悠民生"))
        key(qtbot, win, K.Key_S)
        assert win.doc.label[row_of(win, "悠悠民生")] == "headline"
    finally:
        win.doc.saved_revision = win.doc.revision
        win.close()


def test_a_lines_rules_are_explained_in_its_tooltip_and_the_status_bar(qtbot, win):
    from widgets.rule_text import rule_text
    doc = win.doc
    row = row_of(win, "悠悠民生")
    put(win, row)
    key(qtbot, win, K.Key_Down)               # moved by a key: the status bar follows
    row = win.view.current_doc_row()
    w = doc.why[row]
    tip = win.view.currentIndex().data(Qt.ItemDataRole.ToolTipRole)
    for kind, rule in (("label", w.label_rule), ("break", w.break_rule), ("article", w.article_rule)):
        meaning = rule_text(kind, rule)
        assert meaning and f"{rule} " in tip and meaning in tip
        assert meaning in win.status["why"].toolTip()
    assert " — " not in win.status["why"].text()   # the bar stays one short line
    assert rule_text("break", "short-final") == "a short last line ending a sentence"
    assert rule_text("break", "before-headline") == "the next line is a headline"
    assert rule_text("label", "no-such-rule") == ""


@pytest.mark.parametrize("target", ["page", "hard link", "session"])
def test_an_export_never_replaces_the_page_or_its_session(qtbot, win, page, tmp_path, target):
    import os
    key(qtbot, win, K.Key_S, CTRL)
    path = {"page": page, "session": win.work.session, "hard link": tmp_path / "same.txt"}[target]
    if target == "hard link":
        os.link(page, path)
    before = path.read_bytes()

    def confirm_overwrite():          # the file dialog asks before choosing an existing file
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() != "errorBox":
            box.button(QMessageBox.StandardButton.Yes).click()
        else:
            QTimer.singleShot(20, confirm_overwrite)
    QTimer.singleShot(0, confirm_overwrite)
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, path)
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    assert "an export never replaces one" in win.error_box.text()
    assert path.read_bytes() == before
    qtbot.keyClick(win.error_box, K.Key_Return)


def test_a_message_given_before_the_window_shows_hides_the_line_info_under_it(open_window, page, tmp_path, qtbot):
    """Reopening a saved page says so in the status bar; the line's rule label (the bar's
    left part) is hidden under the message, not drawn beside it in the same place."""
    from .gui_keys import K, CTRL, key
    session = tmp_path / "kept.json"
    win = open_window(page, session)
    key(qtbot, win, K.Key_S, CTRL)
    again = open_window(session)
    assert "opened the session" in again.statusBar().currentMessage()
    assert not again.status["why"].isVisible()
    again.statusBar().clearMessage()
    assert again.status["why"].isVisible()


def test_a_tiny_remembered_dock_width_opens_wide_enough(open_window, page, qtbot):
    """A dock width remembered from a window closed before its layout (100 px) would open
    every later window with the page names cut to "…"."""
    from widgets.prefs import ARTICLES_WIDTH, DOCK_MIN_WIDTH, settings
    settings().setValue(ARTICLES_WIDTH, 100)
    win = open_window(page)
    win.resize(1400, 900)
    qtbot.waitUntil(lambda: win.dock.width() >= DOCK_MIN_WIDTH)
    settings().remove(ARTICLES_WIDTH)
    win.resizeDocks([win.dock], [100], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: win.dock.width() < DOCK_MIN_WIDTH)
    win.prefs.save()                     # a width that narrow is not remembered
    assert settings().value(ARTICLES_WIDTH) is None


@pytest.mark.parametrize("content", ["", "\n\n  \n"], ids=["empty", "blank"])
def test_an_empty_page_opened_after_another_replaces_its_status_bar_text(qtbot, win, tmp_path, content):
    put(win, row_of(win, "悠悠民生"))
    assert win.status["position"].text() == "line 9" and win.status["why"].text().startswith("line 9")
    empty = tmp_path / "empty.txt"
    empty.write_text(content, encoding="utf-8")
    key(qtbot, win, K.Key_O, CTRL)
    choose_file(qtbot, win, empty)
    assert win.windowTitle() == "Zhengwen — empty.txt"
    st = {k: lab.text() for k, lab in win.status.items()}
    assert st["file"] == "empty.txt" and "line 9" not in st["position"] + st["why"]
    assert "1 of" not in st["article"]
    if not content:         # no line at all: the bar says so (blank lines are lines to be on)
        assert st["why"] == "This page has no text" and not win.status["why"].toolTip()


def crash_with_steps(qtbot, open_window, page, n):
    """A window on ``page`` that made ``n`` steps and went without closing (its journal
    written, its lock let go, as a killed process leaves them)."""
    win = open_window(page)
    for _ in range(n):
        key(qtbot, win, K.Key_Down)
        key(qtbot, win, K.Key_H)
    assert win.autosave.flush()
    win.autosave.shutdown()
    win.work.unlock()
    return win


def reopen_after_crash(qtbot, open_window, page, seen):
    """The page opened again; the question about the crash's steps answered Restore."""
    answer_box("recoveryBox", QMessageBox.StandardButton.Yes, seen)
    return open_window(page)


@pytest.mark.parametrize("n, said", [(1, "restored 1 unsaved step"), (2, "restored 2 unsaved steps")])
def test_the_restore_question_names_the_page_and_the_count_reads_right(qtbot, open_window, page, n, said, qapp):
    from widgets.i18n import install_translator
    install_translator(qapp, "en")          # as the program starts: English plurals from their catalogue
    crash_with_steps(qtbot, open_window, page, n)
    seen = []
    win = reopen_after_crash(qtbot, open_window, page, seen)
    assert len(seen) == 1 and str(page) in seen[0] and "Restore it?" in seen[0]
    assert win.statusBar().currentMessage() == said
    assert win.stack.count() == n


def test_the_restored_count_in_chinese(qtbot, open_window, page, qapp):
    from widgets.i18n import install_translator
    install_translator(qapp, "zh_CN")
    try:
        crash_with_steps(qtbot, open_window, page, 1)
        seen = []
        win = reopen_after_crash(qtbot, open_window, page, seen)
        assert str(page) in seen[0]
        assert win.statusBar().currentMessage() == "已恢复 1 个未保存的步骤"
    finally:
        install_translator(qapp, "en")
