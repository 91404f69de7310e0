"""The window's QActions, built from the keymap, and what each one does.

Every action that changes the document asks a pure function in :mod:`app.commands` for an
operation and pushes it through the undo bridge (:mod:`widgets.undo`); the others move the
cursor or open a dialog. Keys of actions in the "pane" scope are widget shortcuts on the
raw lines view, so they act only while it has focus.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from app import commands
from app import operations as ops
from app.commands import Notice
from app.goes_on import open_row
from app.links import page_articles
from app.keymap import ACTIONS, EDITOR, PANE, VIEW, Keymap

from .dialogs import ArticlePicker, CheatSheet, FindDialog, GotoDialog, PageNumberDialog, keys_text
from .undo import push


def tr(s):
    return QCoreApplication.translate("keymap", s)


# app.commands' notices about an edit, shown translated in the status bar
EDIT_NOTICES = (
    QT_TRANSLATE_NOOP("commands", "Line not changed: the text holds the control character %1. Remove it and edit again."),
    QT_TRANSLATE_NOOP("commands", "The text was cut to its first %1 characters (it had %2)."),
    QT_TRANSLATE_NOOP("commands", "The line breaks of the pasted text were left out."),
    QT_TRANSLATE_NOOP("commands", "Only the first %1 lines of the text were kept (it had %2)."),
    QT_TRANSLATE_NOOP("commands", "Split into %1 lines at the line breaks of the pasted text."),
    QT_TRANSLATE_NOOP("commands", "The control character %1 cannot be typed or pasted into a line."),
    QT_TRANSLATE_NOOP("commands", "The pasted text was cut: a line holds at most %1 characters."),
    QT_TRANSLATE_NOOP("commands", "Open the folder of the page to link an article to another of its pages."),
    QT_TRANSLATE_NOOP("commands", "The folder has no other page with articles."),
)
# what the status bar says after Ctrl+Z and Ctrl+Shift+Z (%1: the step, as the Edit menu names it)
UNDONE = QT_TRANSLATE_NOOP("Actions", "Undone: %1")
REDONE = QT_TRANSLATE_NOOP("Actions", "Redone: %1")


class Actions:
    """Builds ``self.qactions`` (action id -> QAction) for ``window`` and runs them."""

    def __init__(self, window, keymap: Keymap):
        self.win = window
        self.keymap = keymap
        self.qactions: dict[str, QAction] = {}
        self.dialog = None       # the dialog last opened (tests and focus handling use it)
        self.find_dialog = None
        self._reviewed = None    # (document, row) N or Shift+N last went to
        self._goes_on_mark = None  # (document, source line) G marked, until the next G
        handlers = self._handlers()
        for info in ACTIONS:
            if info.scope in (VIEW, EDITOR):
                continue
            if info.id == "undo":
                a = window.stack.createUndoAction(window, tr(info.text))
                a.triggered.connect(lambda: self.show_step(window.stack.index(), UNDONE))   # after the stack's own
            elif info.id == "redo":
                a = window.stack.createRedoAction(window, tr(info.text))
                a.triggered.connect(lambda: self.show_step(window.stack.index() - 1, REDONE))
            else:
                a = QAction(tr(info.text), window)
                a.triggered.connect(handlers[info.id])
            a.setObjectName(info.id)
            a.setShortcuts([QKeySequence(k) for k in keymap.keys.get(info.id, [])])
            if info.scope == PANE:
                a.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                window.view.addAction(a)
            else:
                a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                window.addAction(a)
            self.qactions[info.id] = a
        blank = self.qactions["view.blank_lines"]
        blank.setCheckable(True)
        blank.setChecked(True)
        self.qactions["view.keep_half_width"].setCheckable(True)
        window.view.delegate.split_keys = [QKeySequence(k) for k in keymap.keys.get("edit.split", [])]
        window.view.delegate.split_requested.connect(self.split_line)
        window.view.delegate.notice.connect(self.tell)

    def _handlers(self):
        h = {aid: (lambda checked=False, lab=lab: self.label(lab))
             for aid, lab in commands.LABEL_ACTIONS.items()}
        h.update({
            "goto": self.goto, "article.prev": lambda: self.article_step(-1),
            "article.next": lambda: self.article_step(1), "review.next": lambda: self.review(1),
            "review.prev": lambda: self.review(-1), "confirm": self.confirm,
            "article.confirm": self.confirm_article,
            "article.start": self.start_article, "article.merge_prev": self.merge_prev,
            "article.move": self.move, "article.link": self.link, "article.unlink": self.unlink,
            "para.toggle": self.toggle_break, "edit.line": self.edit_line,
            "para.goes_on": self.goes_on, "para.goes_on_clear": self.goes_on_clear,
            "find": self.find, "find.next": self.find_next,
            "file.open": self.win.files.open, "file.open_folder": self.win.files.open_folder,
            "page.next": lambda: self.win.page_step(1), "page.prev": lambda: self.win.page_step(-1),
            "page.done": self.win.page_done, "page.number": self.page_number, "file.save": self.win.files.save,
            "file.save_as": self.win.files.save_as, "file.export": self.win.files.export,
            "file.quit": self.win.close, "view.blank_lines": self.toggle_blank_lines,
            "view.keep_half_width": self.toggle_half_width,
            "help.keys": self.cheat_sheet,
        })
        return h

    # ---- helpers ---------------------------------------------------------------------
    @property
    def doc(self):
        return self.win.doc

    @property
    def view(self):
        return self.win.view

    def _push(self, op):
        if self.doc is None:
            return False
        return push(self.win.stack, self.doc, op)

    def _rows(self):
        return self.view.selected_doc_rows() if self.doc is not None else []

    def _current(self):
        return self.view.current_doc_row() if self.doc is not None else None

    # ---- operations ------------------------------------------------------------------
    def label(self, lab):
        self._push(commands.label_op(self.doc, self._rows(), lab))

    def confirm(self):
        rows = self._rows()
        if not rows:
            return
        self._push(commands.confirm_op(self.doc, rows))
        nxt = commands.next_unconfirmed(self.doc, rows[-1])
        if nxt is not None:
            self.view.go_to(nxt)

    def confirm_article(self):
        row = self._current()
        if self.doc is None or row is None:
            return
        self._push(commands.confirm_article_op(self.win.articles, row))
        nxt = commands.next_article_to_review(self.win.articles, row)
        if nxt is not None:
            self.view.go_to(nxt)

    def toggle_break(self):
        self._push(commands.toggle_break_op(self.doc, self._current()))

    def goes_on(self):
        """G on the line a paragraph is left open at, then G on the line it goes on at (G
        again on the first line forgets the mark). The mark is the document and source line
        it was set on: another page, or rows split meanwhile, never take it to another line."""
        row = self._current()
        if self.doc is None or row is None:
            return
        marked, self._goes_on_mark = self._goes_on_mark, None
        mark = open_row(self.doc, marked[1]) if marked is not None and marked[0] is self.doc else None
        if mark is None or mark == row:
            if mark is None and self.doc.label[row] == "paragraph":
                self._goes_on_mark = (self.doc, self.doc.src[row])
                said = QCoreApplication.translate("Actions", "The paragraph open at line %1 goes on at… (G on that line)")
                self.win.statusBar().showMessage(said.replace("%1", str(self.doc.src[row])), 10000)
            return
        if not self._push(commands.goes_on_op(self.doc, mark, row)):
            said = QCoreApplication.translate("Actions", "Line %1 cannot go on at line %2")
            self.win.statusBar().showMessage(
                said.replace("%1", str(self.doc.src[mark])).replace("%2", str(self.doc.src[row])), 10000)

    def goes_on_clear(self):
        """Shift+G on either line of a link: the paragraph goes on at no other line."""
        self._push(commands.clear_goes_on_op(self.doc, self._current()))

    def start_article(self):
        self._push(commands.start_article_op(self.doc, self._rows()))

    def merge_prev(self):
        self._push(commands.merge_prev_op(self.doc, self._current()))

    def move(self):
        rows = self._rows()
        if self.doc is None or not rows:
            return
        arts = self.win.articles
        order = arts.order()
        titles = self.win.article_list.model_.title
        choices = [(i + 1, titles(a)) for i, a in enumerate(order)]
        ids = {i + 1: a for i, a in enumerate(order)}
        dlg = ArticlePicker(self.win, choices, ids)
        dlg.chosen.connect(lambda aid: self._push(
            commands.move_op(self.doc, rows, aid, arts.number(aid) if aid is not None else None)))
        self._open(dlg)

    def _current_article(self):
        row = self._current()
        if row is None or self.doc.label[row] is None:
            return None
        return self.doc.article[row]

    def link(self):
        """L: the current article goes on in an article of another page of the folder."""
        aid = self._current_article()
        folder = self.win.folder
        if aid is None:
            return
        if folder is None or folder.current is None:
            self.tell(Notice("Open the folder of the page to link an article to another of its pages."))
            return
        choices, target = commands.link_choices(folder.pages, folder.current, page_articles, self._page_choice)
        if not choices:
            self.tell(Notice("The folder has no other page with articles."))
            return
        dlg = ArticlePicker(self.win, choices, target, new_choice=False,
                            title=QCoreApplication.translate("ArticlePicker", "Goes on in article"))
        dlg.chosen.connect(lambda to: self._push(commands.link_op(self.doc, self.win.articles.rows(aid), *to)))
        self._open(dlg)

    def _page_choice(self, rel):
        number = self.win.folder.number_text(rel)
        return rel if number is None else QCoreApplication.translate("ArticlePicker", "%1 (page %2)").replace(
            "%1", rel).replace("%2", number)

    def page_number(self):
        """Ctrl+Shift+P: correct the number of the page in view (empty: the page's own again)."""
        if self.doc is None:
            return
        read = self.win.read_number
        dlg = PageNumberDialog(self.win, self.doc.page_number, None if read is None else read.text())
        dlg.chosen.connect(self._set_page_number)
        self._open(dlg)

    def _set_page_number(self, value):
        if self.doc is not None and value != self.doc.page_number:
            self._push(ops.SetPageNumber(value))

    def unlink(self):
        """Shift+L: the current article goes on on no other page and from none."""
        aid = self._current_article()
        if aid is not None:
            self._push(commands.unlink_op(self.doc, self.win.articles.rows(aid)))

    def edit_line(self):
        idx = self.view.currentIndex()
        if idx.isValid() and self.doc.label[self.view.model().doc_row(idx.row())] is not None:
            self.view.edit(idx)

    def commit_edit(self, row, text):
        op, notices = commands.line_edit(self.doc, row, text)
        typing = self._in_view(QApplication.focusWidget())     # not committed by a click elsewhere
        self._push(op)
        if typing and not self._in_view(QApplication.focusWidget()):
            # the rows a split inserted reset the view, which dropped the editor while it
            # had the keyboard: Qt passed it on to the next widget (the preview)
            self.view.setFocus()
        if notices:
            self.tell(*notices)

    def _in_view(self, widget):
        return widget is not None and (widget is self.view or self.view.isAncestorOf(widget))

    def tell(self, *notices):
        """app.commands notices (what became of an edit) in the status bar, translated."""
        text = " ".join(n.text(lambda s: QCoreApplication.translate("commands", s)) for n in notices)
        self.win.statusBar().showMessage(text, 10000)

    def split_line(self, row, offset):
        self._push(commands.split_op(self.doc, row, offset))

    def show_step(self, index, said=None):
        """Put the cursor on the rows the step undone or redone (command ``index`` of the
        undo stack) changed, and say which step it was (``said``: UNDONE or REDONE): an undo
        out of sight would otherwise pass unseen."""
        cmd = self.win.stack.command(index)
        if cmd is not None and said is not None:
            self.win.statusBar().showMessage(QCoreApplication.translate("Actions", said).replace("%1", cmd.text()), 4000)
        where = getattr(cmd, "op", None) and cmd.op.where()
        if where is None or self.doc is None:
            return
        first, last = (min(r, len(self.doc) - 1) for r in where)
        self.view.go_to(first, extend_to=last if last != first else None)

    # ---- moving ------------------------------------------------------------------------
    def article_step(self, step):
        row = commands.article_jump(self.win.articles, self._current(), step)
        if row is not None:
            self.view.go_to(row)

    def review(self, step):
        # N walks the review order from where N last went, wherever the cursor moved since
        last = self._reviewed[1] if self._reviewed and self._reviewed[0] is self.doc else None
        row = commands.review_target(self.doc, last, step) if self.doc is not None else None
        if row is not None:
            self._reviewed = (self.doc, row)
            self.view.go_to(row)

    def goto(self):
        if self.doc is None:
            return
        dlg = GotoDialog(self.win, self.doc.src[-1] if self.doc.src else 0)
        dlg.chosen.connect(self._goto)
        self._open(dlg)

    def _goto(self, first, last):
        rows = commands.rows_for_lines(self.doc, first, last)
        if rows is None:
            return
        a, b = rows
        if first == last:
            self.view.go_to(a)
        else:
            self.view.go_to(a, extend_to=b)

    def find(self):
        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.win)
            self.find_dialog.find_requested.connect(self._find)
            self.find_dialog.finished.connect(lambda *_: self.back_to_pane())
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.edit.setFocus()
        self.find_dialog.edit.selectAll()
        self.dialog = self.find_dialog

    def find_next(self):
        if self.find_dialog is not None and self.find_dialog.edit.text().strip():
            self.find_dialog.find(1)
        else:
            self.find()

    def _find(self, text, scope, step):
        if self.doc is None:
            return
        if scope == "raw":
            row = commands.find_row(self.doc, text, self._current(), step)
            if row is not None:
                self.view.go_to(row)
            found = row is not None
        else:
            found = self.win.preview.find_clean(text, step, self.view.select_doc_rows)
        self.find_dialog.report(found)

    def blank_lines_for(self, doc):
        """Show or fold the blank lines of a page just opened: as the person last chose
        with Ctrl+B, else folded where most lines are followed by a blank."""
        shown = self.win.prefs.blank_lines_shown()
        if shown is None:
            shown = not commands.mostly_double_spaced(doc)
        self.qactions["view.blank_lines"].setChecked(shown)
        self.view.model().set_folded(not shown)

    def toggle_blank_lines(self, checked=None):
        shown = self.qactions["view.blank_lines"].isChecked()
        self.win.prefs.choose_blank_lines(shown)
        row = self._current()
        self.view.model().set_folded(not shown)
        if row is not None:
            if not shown and self.doc.label[row] is None:
                row = self.doc.next_nonblank(row, 1) or self.doc.next_nonblank(row, -1)
            self.view.go_to(row)

    def toggle_half_width(self, checked=None):
        """A setting of the page, kept in its session and undone like any change."""
        if self.doc is not None:
            fold = self.doc.settings.get("fold_half_width", True)
            self._push(ops.SetSetting("fold_half_width", not fold))
        self.show_settings()

    def show_settings(self):
        """The checks of the page's settings say what the page has (after an undo too)."""
        keep = self.doc is not None and not self.doc.settings.get("fold_half_width", True)
        self.qactions["view.keep_half_width"].setChecked(keep)

    def cheat_sheet(self):
        rows = []
        for info in ACTIONS:
            keys = self.keymap.keys.get(info.id, [])
            rows.append((tr(info.group), tr(info.text), keys_text(keys)))
        from .legend import Legend
        self._open(CheatSheet(self.win, rows, Legend()))

    def back_to_pane(self):
        if self.win.isVisible():
            self.win.activateWindow()
            self.view.setFocus()

    def _open(self, dlg):
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda *_: self.back_to_pane())
        self.dialog = dlg
        dlg.open()
