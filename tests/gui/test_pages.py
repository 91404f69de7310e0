"""A folder of pages in the real window, driven by keys: the pages dock, next/previous page,
done, Enter in the dock, what is saved on the way, and coming back to it."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import store
from app.session import read_session, read_summary

from .conftest import PAGE
from .gui_keys import CTRL, SHIFT, K, answer_box, back_in_pane, key, put, row_of


@pytest.fixture
def folder(tmp_path):
    """Three pages out of name order on disk: natural order is A2, A10, sub/B1."""
    root = tmp_path / "issue"
    (root / "sub").mkdir(parents=True)
    for rel in ("A10.txt", "A2.txt", "sub/B1.txt"):
        (root / rel).write_text(PAGE.replace("第 3 版", f"第 3 版 {rel}"), encoding="utf-8")
    (root / ".hidden.txt").write_text("not a page\n", encoding="utf-8")
    return root


@pytest.fixture
def open_folder(open_window):
    """A folder or a page opened as a user opens it: each page with its own session."""
    return lambda path: open_window(path, own=True)


def shown_page(win):
    return win.folder.pages[win.folder.current].rel


def dock_rows(win):
    """(page, lines, status) of each row of the dock (its number: tests/gui/test_page_numbers.py)."""
    m = win.pages.model
    return [tuple(m.data(m.index(r, c)) for c in (0, m.LINES, m.STATUS)) for r in range(m.rowCount())]


def status_of(root, rel):
    s = read_summary(store.session_path(root / rel))
    return s["status"] if s else "new"


def test_a_folder_lists_its_pages_in_natural_order_and_opens_the_first(open_folder, folder, qtbot):
    win = open_folder(folder)
    assert [r[0] for r in dock_rows(win)] == ["A2.txt", "A10.txt", "sub/B1.txt"]
    assert shown_page(win) == "A2.txt" and "A2.txt" in win.doc.current_text(0)
    assert [r[2] for r in dock_rows(win)] == ["new", "new", "new"]
    qtbot.waitUntil(lambda: all(r[1] for r in dock_rows(win)))          # line counts arrive
    assert dock_rows(win)[0][1] == str(sum(lab is not None for lab in win.doc.label))   # text lines
    assert win.pages.progress.text().startswith("0 of 3 pages done")


def test_ctrl_pgdn_and_pgup_move_between_pages_saving_only_what_changed(open_folder, folder, qtbot):
    win = open_folder(folder)
    key(qtbot, win, K.Key_H)                     # a decision on A2
    key(qtbot, win, K.Key_PageDown, CTRL)
    assert shown_page(win) == "A10.txt"
    assert status_of(folder, "A2.txt") == "in progress"     # saved on leaving, no question
    key(qtbot, win, K.Key_PageDown, CTRL)        # A10 only looked at
    assert shown_page(win) == "sub/B1.txt"
    assert status_of(folder, "A10.txt") == "new" and not store.session_path(folder / "A10.txt").exists()
    key(qtbot, win, K.Key_PageDown, CTRL)        # the last page: nowhere further
    assert shown_page(win) == "sub/B1.txt"
    key(qtbot, win, K.Key_PageUp, CTRL)
    key(qtbot, win, K.Key_PageUp, CTRL)
    assert shown_page(win) == "A2.txt"
    assert win.doc.label[0] == "headline" and win.doc.confirmed[0]   # the decision came back
    assert dock_rows(win)[0][2].startswith("in progress")


def test_ctrl_d_marks_the_page_done_and_opens_the_next_page_not_done(open_folder, folder, qtbot):
    win = open_folder(folder)
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_D, CTRL)               # A10 done -> sub/B1
    assert status_of(folder, "A10.txt") == "done" and shown_page(win) == "sub/B1.txt"
    key(qtbot, win, K.Key_D, CTRL)               # B1 done -> wraps round to A2
    assert shown_page(win) == "A2.txt"
    assert [r[2] for r in dock_rows(win)] == ["new", "done", "done"]
    assert win.pages.progress.text().startswith("2 of 3 pages done")
    key(qtbot, win, K.Key_D, CTRL)               # the last one: says so and stays
    assert shown_page(win) == "A2.txt" and "Every page" in win.statusBar().currentMessage()


def test_enter_in_the_pages_dock_opens_that_page_and_the_keys_go_back_to_the_lines(open_folder, folder, qtbot):
    win = open_folder(folder)
    table = win.pages.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, K.Key_Down)
    qtbot.keyClick(table, K.Key_Down)
    qtbot.keyClick(table, K.Key_Return)
    assert shown_page(win) == "sub/B1.txt"
    back_in_pane(qtbot, win)
    key(qtbot, win, K.Key_H)
    assert win.doc.label[win.view.current_doc_row()] == "headline"


def test_reopening_the_folder_returns_to_the_page_left(open_folder, folder, qtbot):
    win = open_folder(folder)
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_H)
    win.close()                                   # saves the page in view, no question
    assert status_of(folder, "A10.txt") == "in progress"
    again = open_folder(folder)
    assert shown_page(again) == "A10.txt" and again.doc.label[0] == "headline"


def test_a_page_returned_to_and_a_relaunch_come_back_to_the_line_left(open_folder, folder, qtbot, tmp_path,
                                                                        monkeypatch):
    win = open_folder(folder)
    line = row_of(win, "县乡医院是守护")
    put(win, line)
    key(qtbot, win, K.Key_PageDown, CTRL)
    assert win.view.current_doc_row() != line
    key(qtbot, win, K.Key_PageUp, CTRL)
    assert shown_page(win) == "A2.txt" and win.view.current_doc_row() == line
    key(qtbot, win, K.Key_Down)
    key(qtbot, win, K.Key_Down)
    where = win.view.current_doc_row()
    win.close()
    monkeypatch.chdir(tmp_path)                   # started from another folder
    again = open_folder(folder)
    assert shown_page(again) == "A2.txt" and again.view.current_doc_row() == where


def test_a_page_opened_alone_resumes_the_work_saved_from_its_folder(open_folder, folder, qtbot, tmp_path, monkeypatch):
    win = open_folder(folder)
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_S, CTRL)
    win.close()
    monkeypatch.chdir(tmp_path)                   # started from another folder
    alone = open_folder(folder / "A10.txt")
    assert alone.folder is None and alone.doc.label[0] == "headline" and not alone.doc.dirty
    assert "resumed the session" in alone.statusBar().currentMessage()
    assert str(store.session_path(folder / "A10.txt")) in alone.session_info.text()


def test_same_names_in_two_folders_keep_two_sessions(open_folder, tmp_path, qtbot):
    pages = []
    for day in ("2024-12-01", "2024-12-02"):
        (tmp_path / day).mkdir()
        p = tmp_path / day / "A01.txt"
        p.write_text(PAGE, encoding="utf-8")
        pages.append(p)
    first = open_folder(pages[0])
    key(qtbot, first, K.Key_H)
    key(qtbot, first, K.Key_S, CTRL)
    first.close()
    second = open_folder(pages[1])
    assert second.doc.label[0] != "headline" or not second.doc.confirmed[0]
    key(qtbot, second, K.Key_X)
    key(qtbot, second, K.Key_S, CTRL)
    assert store.session_path(pages[0]) != store.session_path(pages[1])
    assert read_session(store.session_path(pages[0]))[0].label[0] == "headline"
    assert read_session(store.session_path(pages[1]))[0].label[0] != "headline"


def test_a_session_saved_by_another_window_is_not_overwritten_without_asking(open_folder, folder, qtbot):
    """The other window is played by the engine (one window per process is the app's rule;
    the warning at open, with a real second process, is in tests/test_recovery.py)."""
    from app.operations import SetLabel
    from app.pagework import open_path
    page = folder / "A2.txt"
    b = open_folder(page)
    other = open_path(page)
    SetLabel(0, 1, "headline").apply(other.doc)
    other.work.save(other.doc)
    key(qtbot, b, K.Key_X)
    asked = []

    def reload_theirs():
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        next(btn for btn in box.buttons() if btn.text() == "Reload theirs").click()
    QTimer.singleShot(0, reload_theirs)
    key(qtbot, b, K.Key_S, CTRL)
    assert asked and "saved by someone else" in asked[0]
    assert b.doc.label[0] == "headline" and not b.doc.dirty      # the other window's work, kept
    assert read_session(store.session_path(page))[0].label[0] == "headline"


def test_every_line_count_reaches_the_dock_of_a_big_folder(open_folder, tmp_path, qtbot):
    """The counts come from a worker that starts as the folder opens: none may be lost
    before the dock listens."""
    root = tmp_path / "many"
    root.mkdir()
    for k in range(400):
        (root / f"p{k}.txt").write_text("一行\n\n" * (k % 5 + 1), encoding="utf-8")
    win = open_folder(root)
    qtbot.waitUntil(lambda: all(r[1] for r in dock_rows(win)), timeout=20000)
    assert [int(r[1]) for r in dock_rows(win)[:6]] == [1, 2, 3, 4, 5, 1]
    qtbot.waitUntil(lambda: win.pages.progress.text() == "0 of 400 pages done · 0% lines confirmed")


def test_a_new_launch_with_nothing_open_starts_its_dialogs_in_the_folder_last_worked_in(open_folder, folder, qtbot):
    from widgets.run import build_window

    from .gui_keys import show_focused
    from .test_window import file_dialog
    win = open_folder(folder)                  # opened from the command line: no dialog used
    win.close()
    fresh = build_window(None)
    show_focused(qtbot, fresh)
    try:
        qtbot.keyClick(fresh, K.Key_O, CTRL)
        dlg, edit = file_dialog(qtbot, fresh)
        assert dlg.directory().absolutePath() == str(folder.resolve())
        qtbot.keyClick(edit, K.Key_Escape)
    finally:
        fresh.close()
        fresh.deleteLater()


def answer_export_what(qtbot, choice):
    """Answer the 'this page or the whole folder?' box when it comes."""
    answer_box("exportWhatBox", choice)


def test_export_of_the_whole_folder_writes_one_corpus_with_every_page(open_folder, folder, qtbot, tmp_path):
    import json

    from .test_window import choose_file
    win = open_folder(folder)
    key(qtbot, win, K.Key_H)                      # unsaved work on A2: the export saves it first
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_D, CTRL)                # A10 done
    out = tmp_path / "issue.jsonl"
    answer_export_what(qtbot, "The whole folder")
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, out)
    qtbot.waitUntil(lambda: win.folder_export.running is None and out.exists(), timeout=20000)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    pages = {r["page"]: r["page_status"] for r in records}
    assert pages == {"A2.txt": "in progress", "A10.txt": "done", "sub/B1.txt": "new"}
    assert [r["page"] for r in records] == sorted((r["page"] for r in records), key=["A2.txt", "A10.txt", "sub/B1.txt"].index)
    assert "Exported" in win.statusBar().currentMessage()


def test_export_of_this_page_while_a_folder_is_open(open_folder, folder, qtbot, tmp_path):
    from .test_window import choose_file
    win = open_folder(folder)
    out = tmp_path / "one.md"
    answer_export_what(qtbot, "This page")
    key(qtbot, win, K.Key_E, CTRL)
    choose_file(qtbot, win, out)
    from app.corpus import build_corpus
    from app.export import render
    assert out.read_text(encoding="utf-8") == render(build_corpus(win.doc), "md")


def test_the_folder_export_never_replaces_a_page_of_the_folder(open_folder, folder, qtbot):
    win = open_folder(folder)
    target = folder / "sub" / "B1.txt"
    before = target.read_bytes()
    win.folder_export.run(str(target), "jsonl")
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    assert "an export never replaces one" in win.error_box.text() and target.read_bytes() == before
    qtbot.keyClick(win.error_box, K.Key_Return)


def test_a_session_named_for_one_page_is_not_used_for_the_next_page_opened(qtbot, folder, tmp_path):
    from widgets.run import build_window
    chosen = tmp_path / "mine.json"
    win = build_window(str(folder / "A2.txt"), session=str(chosen))
    qtbot.addWidget(win)
    win.show()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_S, CTRL)
    assert chosen.is_file()
    assert win.files.open_path(str(folder / "A10.txt"))
    assert win.work.session == store.session_path(folder / "A10.txt") and not win.doc.dirty
    assert read_session(chosen)[0].source.name == "A2.txt"      # A2's work stays where it went
    win.close()


def test_a_folder_with_a_session_named_says_each_page_keeps_its_own(qtbot, folder, tmp_path):
    from widgets.run import build_window
    win = build_window(str(folder), session=str(tmp_path / "mine.json"))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    assert "each page keeps its own" in win.error_box.text() and win.folder is None
    qtbot.keyClick(win.error_box, K.Key_Return)
    win.close()


def test_steps_done_and_undone_are_not_offered_back_as_a_crash_s(open_folder, folder, qtbot):
    win = open_folder(folder)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_Z, CTRL)
    assert not win.doc.dirty and win.autosave.flush()
    journal = store.journal_path(store.session_path(folder / "A2.txt"))
    assert journal.exists()                      # written at the pause
    key(qtbot, win, K.Key_PageDown, CTRL)
    assert not journal.exists()
    key(qtbot, win, K.Key_PageUp, CTRL)          # no "did not close normally" box
    assert shown_page(win) == "A2.txt" and not win.doc.dirty


def test_closing_when_the_folder_s_save_fails_asks_instead_of_trapping_the_window(open_folder, folder, qtbot, monkeypatch):
    from app.pagework import PageWork
    win = open_folder(folder)
    key(qtbot, win, K.Key_H)

    def refuse(self, doc, force=False):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(PageWork, "save", refuse)
    asked = []

    from PySide6.QtWidgets import QMessageBox
    answer_box("unsavedBox", QMessageBox.StandardButton.Discard, asked)
    win.close()
    assert asked and not win.isVisible()


def test_a_first_page_that_cannot_be_opened_is_stepped_over(qtbot, folder):
    from widgets.run import build_window
    (folder / "A1.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)   # not text
    win = build_window(str(folder))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    qtbot.keyClick(win.error_box, K.Key_Return)
    assert win.folder.current is None
    win.page_step(1)                              # Ctrl+PgDn from the page that failed
    assert shown_page(win) == "A2.txt"
    win.doc.saved_revision = win.doc.revision
    win.close()


@pytest.fixture
def folder_with_junk(tmp_path):
    """a.txt, b.txt (binary junk under a page's name), c.txt."""
    root = tmp_path / "junk"
    root.mkdir()
    for rel in ("a.txt", "c.txt"):
        (root / rel).write_text(PAGE.replace("第 3 版", f"第 3 版 {rel}"), encoding="utf-8")
    (root / "b.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    return root


def test_ctrl_pgdn_and_pgup_step_over_a_page_that_cannot_be_opened_and_say_why(open_folder, folder_with_junk, qtbot):
    win = open_folder(folder_with_junk)
    assert shown_page(win) == "a.txt"
    key(qtbot, win, K.Key_PageDown, CTRL)       # one press: to the next page that opens
    assert shown_page(win) == "c.txt" and "c.txt" in win.doc.current_text(0)
    told = win.statusBar().currentMessage()
    assert told.startswith("b.txt could not be opened and was skipped: looks like") and "binary" in told
    assert getattr(win, "error_box", None) is None          # said in the status bar, no box to close
    assert [r[0] for r in dock_rows(win)] == ["a.txt", "b.txt", "c.txt"]     # still listed
    key(qtbot, win, K.Key_PageUp, CTRL)         # and back over it
    assert shown_page(win) == "a.txt"
    assert "b.txt" in win.statusBar().currentMessage()
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_PageDown, CTRL)       # the last page: nowhere further, nothing to skip
    assert shown_page(win) == "c.txt"


def test_ctrl_d_steps_over_a_page_that_cannot_be_opened(open_folder, folder_with_junk, qtbot):
    win = open_folder(folder_with_junk)
    key(qtbot, win, K.Key_D, CTRL)              # a done -> b cannot be opened -> c
    assert status_of(folder_with_junk, "a.txt") == "done" and shown_page(win) == "c.txt"
    assert "b.txt could not be opened and was skipped" in win.statusBar().currentMessage()


def test_a_page_that_cannot_be_opened_at_the_end_leaves_the_page_in_view(open_folder, folder_with_junk, qtbot):
    (folder_with_junk / "c.txt").unlink()
    win = open_folder(folder_with_junk)
    key(qtbot, win, K.Key_H)
    key(qtbot, win, K.Key_PageDown, CTRL)
    assert shown_page(win) == "a.txt" and win.doc.label[0] == "headline"
    told = win.statusBar().currentMessage()
    assert "b.txt" in told and "binary" in told and "skipped" not in told
    key(qtbot, win, K.Key_Down)                 # the keys still act on the page in view
    assert win.view.current_doc_row() != 0


def test_save_as_in_a_folder_writes_a_copy_and_the_folder_keeps_the_work(open_folder, folder, qtbot, tmp_path):
    from .test_window import choose_file
    win = open_folder(folder)
    key(qtbot, win, K.Key_H)
    copy = tmp_path / "copy.json"
    key(qtbot, win, K.Key_S, CTRL | SHIFT)
    choose_file(qtbot, win, copy)
    assert read_session(copy)[0].label[0] == "headline"
    assert win.work.session == store.session_path(folder / "A2.txt") and not win.doc.dirty
    key(qtbot, win, K.Key_PageDown, CTRL)
    key(qtbot, win, K.Key_PageUp, CTRL)
    assert shown_page(win) == "A2.txt" and win.doc.label[0] == "headline"
    before = copy.read_bytes()
    assert not win.files.save_to(str(copy))       # a second copy onto the first is refused
    assert copy.read_bytes() == before
    qtbot.waitUntil(lambda: getattr(win, "error_box", None) is not None and win.error_box.isVisible())
    assert "never replaces a file" in win.error_box.text()
    qtbot.keyClick(win.error_box, K.Key_Return)

