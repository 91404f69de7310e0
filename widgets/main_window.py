"""The annotation window: raw lines on the left, the live preview on the right, the article
list in a dock, menus built from the keymap's actions, and a status bar.

It composes and wires; what a key does lives in widgets/actions.py and app/commands.py,
file handling in widgets/files.py, and all state in the document.
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter

from app.article_index import ArticleIndex, percent
from app.filenames import shown_name
from app.keymap import Keymap, load_keymap
from app.review import to_review

from .actions import Actions
from .article_list import ArticleList
from .autosave import Autosaver
from .files import Files
from .folder_export import FolderExport
from .lines_model import LinesModel, explained, why_lines
from .lines_view import LinesView
from . import line_menu
from .pages import Folder, PagesDock, number_tip
from .palette import LabelPalette
from .plain import plain, tooltip, window_title
from .prefs import Prefs
from .preview import Preview
from .scrollbars import flatten
from .undo import restore as restore_history

KEPT_PAGES = 8      # pages of a folder whose undo history is kept while the person goes between them

MENUS = (
    (QT_TRANSLATE_NOOP("menus", "&File"), ("file.open", "file.open_folder", "file.save", "file.save_as", "file.export",
                                            None, "page.next", "page.prev", "page.done", "page.number", None,
                                            "file.quit")),
    (QT_TRANSLATE_NOOP("menus", "&Edit"), ("undo", "redo", None, "edit.line", "find", "find.next")),
    (QT_TRANSLATE_NOOP("menus", "&Label"), ("label.headline", "label.subtitle", "label.kicker", "label.byline", "label.subheading",
                "label.paragraph", "label.caption", "label.noise", None, "confirm", "para.toggle")),
    (QT_TRANSLATE_NOOP("menus", "&Article"), ("article.confirm", None, "article.start", "article.merge_prev", "article.move",
                                              "article.link", "article.unlink", None, "article.prev", "article.next")),
    (QT_TRANSLATE_NOOP("menus", "&Go"), ("goto", "review.next", "review.prev")),
    (QT_TRANSLATE_NOOP("menus", "&View"), ("view.blank_lines", "view.keep_half_width")),
    (QT_TRANSLATE_NOOP("menus", "&Help"), ("help.keys",)),
)


class MainWindow(QMainWindow):
    def __init__(self, keymap: Keymap | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self._told = None           # a status message waiting for the first show (tell)
        self.doc = None
        self.articles = None
        self.path = None
        self.work = None            # app.pagework.PageWork: where the document is kept
        self.folder = None          # widgets.pages.Folder when a folder is open
        self._kept = OrderedDict()  # page -> (its document, left with steps to undo; its session's sha256)
        self.stack = QUndoStack(self)
        self.files = Files(self)
        self.folder_export = FolderExport(self)
        keymap = keymap or load_keymap()

        self.view = LinesView(self)
        self.model = None
        self.preview = Preview(self)
        self.preview.page_name = self.page_name
        self.preview.page_missing = self.page_missing
        self.preview.linked_in = self.linked_in
        self.read_number = None     # app.folio.PageNumber the page in view prints (or its name holds)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        self.setCentralWidget(split)

        self.article_list = ArticleList(self)
        dock = QDockWidget(self.tr("Articles"), self)
        dock.setObjectName("articlesDock")
        dock.setWidget(self.article_list)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.resizeDocks([dock], [330], Qt.Orientation.Horizontal)
        self.dock = dock
        for area in (self.view, self.preview, self.article_list):
            flatten(area)

        self.pages = PagesDock(self)
        pdock = QDockWidget(self.tr("Pages"), self)
        pdock.setObjectName("pagesDock")
        pdock.setWidget(self.pages)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, pdock)
        self.tabifyDockWidget(pdock, dock)
        pdock.hide()
        self.pages_dock = pdock
        self.pages.page_chosen.connect(self.go_page)

        self.acts = Actions(self, keymap)
        self.palette = LabelPalette(self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.palette)
        line_menu.install(self)
        self.autosave = Autosaver(self)     # each step to the page's journal, at a pause
        self.autosave.failed.connect(lambda msg: self.tell(msg, 10000))
        self.session_info = self.menuBar()   # replaced by the File menu's session line
        self._menus(dock)
        self._status_bar()
        self._keymap_note = self._keymap_problems(keymap)     # said in a box once the window shows

        self.view.current_row_changed.connect(self._cursor_moved)
        self.view.selection_changed_rows.connect(self.refresh_position)
        self.preview.rows_clicked.connect(self._preview_clicked)
        self.article_list.article_activated.connect(self._article_activated)
        self._cursor_row = None
        self.resize(1400, 860)
        self.prefs = Prefs(self)
        self.prefs.restore()
        self.refresh_status()

    def _menus(self, dock):
        bar = self.menuBar()
        for title, ids in MENUS:
            menu = bar.addMenu(QCoreApplication.translate("menus", title))
            for aid in ids:
                if aid is None:
                    menu.addSeparator()
                else:
                    menu.addAction(self.acts.qactions[aid])
            if title == "&View":  # the docks' own toggles join the View menu
                toggle = dock.toggleViewAction()
                toggle.setText(self.tr("Article list"))
                menu.addAction(toggle)
                menu.addAction(self.pages_dock.toggleViewAction())
                menu.addAction(self.palette.toggleViewAction())
            if title == "&File":  # where the open page's work is kept, for the person to see
                menu.addSeparator()
                self.session_info = menu.addAction("")
                self.session_info.setObjectName("sessionInfo")
                self.session_info.setEnabled(False)

    def tell(self, text, ms):
        """Show ``text`` in the status bar for ``ms`` milliseconds. Before the window is first
        shown the message waits for it: QStatusBar hides its line-info label under a message
        only when that label is visible, so a message shown earlier is drawn over it."""
        if self.isVisible():
            self.statusBar().showMessage(text, ms)
        elif self._told is None:
            self._told = (text, ms)
        else:                       # several before the show (the keymap's, the page's): all
            self._told = (f"{self._told[0]}; {text}", max(ms, self._told[1]))

    def showEvent(self, event):
        super().showEvent(event)
        told, self._told = self._told, None
        if told is not None:
            self.statusBar().showMessage(*told)
        note, self._keymap_note = self._keymap_note, None
        if note:
            self.show_error(note)

    def _keymap_problems(self, keymap) -> str | None:
        """The person's keymap file's problems, a line each (a key two actions claim, by the
        actions' names), or None: too long for the status bar, and each needs reading."""
        from app.keymap import INFO
        if not (keymap.conflicts or keymap.problems):
            return None
        name = lambda aid: QCoreApplication.translate("keymap", INFO[aid].text) if aid in INFO else aid  # noqa: E731
        lines = [self.tr("%1 is the key of: %2 (it stays with one of them)").replace("%1", k)
                 .replace("%2", ", ".join(map(name, ids))) for k, ids in keymap.conflicts] + list(keymap.problems)
        return self.tr("The keymap file has problems; Zhengwen uses it with these left out:") + "\n\n" + "\n".join(lines)

    def _status_bar(self):
        sb = self.statusBar()
        self.status = {}
        for key in ("why", "file", "page", "encoding", "position", "article", "confirmed", "review", "modified"):
            lab = plain(QLabel(self))      # file names and line text: never markup
            lab.setObjectName(f"status_{key}")
            if key == "why":
                sb.addWidget(lab, 1)
            else:
                sb.addPermanentWidget(lab)
            self.status[key] = lab

    # ---- the document --------------------------------------------------------------
    def set_document(self, opened, steps=None, keep_folder=True):
        """Show an opened page (``app.pagework.Opened``); ``steps``: a crashed window's
        journal to replay on it, through the undo stack so they can be undone."""
        if self.doc is not None:
            self.doc.unsubscribe(self._on_change)
        if self.work is not None and self.work is not opened.work and self.doc is not None and not self.doc.dirty:
            self.autosave.discard()     # the page left is as saved: its steps (done, undone) go
        self.autosave.detach()
        if self.work is not None and self.work is not opened.work:
            self.work.unlock()
        doc, work = opened.doc, opened.work
        import app.suggest as suggest
        if doc.resuggest is None:
            doc.resuggest = suggest.make_resuggest
        self.doc, self.work = doc, work
        self.path = str(work.page or work.session)
        self.stack.clear()
        restore_history(self.stack, doc)    # a folder's page taken up again keeps what it can undo
        self.articles = ArticleIndex(doc)
        if self.model is None:
            self.model = LinesModel(doc, self)
            self.model.edit_handler = self.acts.commit_edit
            self.view.setModel(self.model)
        else:
            self.model.set_document(doc)
            self.view.measure()
        self.view.delegate.articles = self.articles
        self.acts.blank_lines_for(doc)
        self.acts.show_settings()
        self.read_number = self._number_read(doc)
        self.preview.set_document(doc, self.articles)
        self.article_list.model_.set_document(doc, self.articles)
        doc.subscribe(self._on_change)
        holder = work.lock()
        restored = steps is not None and opened.journal is not None
        journal = work.restart_journal(doc, replaces=opened.journal.path if restored else None)
        self.autosave.attach(doc, journal, from_state=opened.from_state)
        if steps:
            self._replay(steps)
        if not steps:
            self.stack.setClean()
        first = doc.next_nonblank(-1, 1)
        self.view.go_to(first if first is not None else 0)
        self.view.setFocus()
        self.session_info.setText(self.tr("Session: %1").replace("%1", str(work.session)))
        self.refresh_status()
        notes = list(opened.notes)
        if opened.from_state:
            notes.append(self.tr("restored the unsaved work"))
        elif steps:
            # %n: Qt's plural forms ("1 unsaved step", "2 unsaved steps"; zhengwen_en.ts)
            notes.append(self.tr("restored %n unsaved step(s)", "", len(steps)))
        if notes:
            self.tell("; ".join(map(str, notes)), 10000)
        if holder is not None:
            self.warn_second_window(holder)

    def _replay(self, steps):
        from app.journal import JournalError, replay
        from .undo import push
        stack = self.stack

        def step(move, able):
            if not able():
                raise ValueError("nothing to undo or redo there")
            move()
        try:
            replay(steps, lambda op: push(stack, self.doc, op) or _raise(op),
                   lambda: step(stack.undo, stack.canUndo), lambda: step(stack.redo, stack.canRedo))
        except JournalError as e:
            self.show_error(self.tr("Part of the unsaved work could not be restored: %1").replace("%1", str(e)))
            # the journal read is kept aside whole (its steps past the failure are in no
            # other place), not replaced by the steps that did apply
            if self.autosave.journal is not None:
                self.autosave.journal.replaces = None
        self.autosave.flush()

    def warn_second_window(self, holder):
        import socket
        who = str(holder.pid) if holder.host == socket.gethostname() else f"{holder.pid}, {holder.host}"
        self.show_error(self.tr("This page is already open in another Zhengwen (process %1). Work in "
                                "both windows and the second save will ask before it replaces the "
                                "first.").replace("%1", who))

    def saved(self, work):
        """``work`` (this window's, or a new one after Save As) holds the document now."""
        if work is not self.work:
            self.work = work
            self.path = str(work.page or work.session)
        self.autosave.attach(self.doc, work.journal)
        self.stack.setClean()
        self.session_info.setText(self.tr("Session: %1").replace("%1", str(work.session)))
        self._note_status()
        self.refresh_status()

    # ---- a folder of pages ------------------------------------------------------------
    def open_folder(self, root) -> bool:
        from app import workspace
        root = str(root)
        try:
            pages = workspace.scan(root)
        except OSError as e:
            self.show_error(f"{shown_name(root)}: {e.strerror or e}")
            return False
        if not pages:
            self.show_error(self.tr("%1 holds no pages (*.txt files)").replace("%1", shown_name(root)))
            return False
        self.close_folder()
        self._kept.clear()
        self.prefs.opened(root)
        self.folder = Folder(root, pages, self)
        self.pages.set_folder(self.folder)
        self.pages_dock.show()
        self.pages_dock.raise_()
        return self.go_page(self.folder.start_page(), save=False)

    def close_folder(self):
        if self.folder is not None:
            self.folder.shutdown()
            self.folder = None
            self.pages.set_folder(None)
            self.pages_dock.hide()

    def go_page(self, i, save=True) -> bool:
        """Open page ``i`` of the folder, saving the page left if it changed; a page that
        cannot be opened is said in a message box."""
        opened, why = self._page_opened(i, save)
        if why is not None:
            self.show_error(why)
        return opened is not None and self._show_page(i, opened)

    def _page_opened(self, i, save):
        """``(page i opened, None)``, ``(None, why it cannot be opened)``, or ``(None, None)``
        when there is no page ``i`` or the page in view changed and could not be saved."""
        folder = self.folder
        if folder is None or i is None or not (0 <= i < len(folder.pages)):
            return None, None
        if save and self.doc is not None and self.doc.dirty and not self.files.save(quiet=True):
            return None, None
        folder.tried = i        # a page that cannot be opened is stepped over, not retried
        opened = folder.take_ahead(i)
        return (opened, None) if opened is not None else self.files.try_load(folder.pages[i].path)

    def _show_page(self, i, opened) -> bool:
        """Put page ``i`` of the folder, opened, in the window, where it was left."""
        folder = self.folder
        entry = folder.pages[i]
        before = folder.current
        left = self._place()
        # the session as saved when the page is left: coming back, the document is kept only
        # while the file is still that one
        leaving = (folder.pages[before].rel, self.doc, self.work.known) if before is not None and self.doc is not None \
            else None
        self._take_up(entry.rel, opened)
        folder.current = i
        if not self.files.show(opened):
            folder.current = before
            return False
        if leaving is not None and not leaving[1].dirty and leaving[1].can_undo() and leaving[2] is not None:
            self._kept[leaving[0]] = (leaving[1], leaving[2].sha256)
            while len(self._kept) > KEPT_PAGES:
                self._kept.popitem(last=False)
        from app import workspace
        workspace.remember_page(folder.root, entry.rel, left)
        self._return_to(workspace.page_line(folder.root, entry.rel))
        self.pages.refresh([before, i])
        folder.read_ahead(i + 1, self.files.encoding)
        return True

    def _take_up(self, rel, opened) -> None:
        """The document of a page left earlier, with its undo history, in place of the one
        just read, when it is what that page's session on disk holds (saved as it was left,
        and saved by no one since) and nothing asks a question about it (unsaved steps of a
        crash, a page changed on disk)."""
        kept = self._kept.pop(rel, None)
        known = opened.work.known
        if kept is None or opened.journal is not None or opened.page_changed or known is None:
            return
        doc, sha = kept
        if sha == known.sha256:
            opened.doc = doc

    def _place(self) -> dict:
        """{page: line} of the folder's page in view and the line the cursor is on."""
        folder, doc = self.folder, self.doc
        if folder is None or folder.current is None or doc is None or not len(doc):
            return {}
        row = self.view.current_doc_row()
        return {folder.pages[folder.current].rel: doc.src[row]} if row is not None and 0 <= row < len(doc) else {}

    def _return_to(self, line):
        """The cursor back on the source line a page was left at."""
        from app.commands import rows_for_lines
        found = rows_for_lines(self.doc, line, line) if line and self.doc is not None else None
        if found is not None:
            self.view.go_to(found[0])

    def page_step(self, k):
        """The next (``k`` 1) or previous (-1) page of the folder that can be opened: each
        one on the way that cannot is stepped over (it stays in the dock) and said in the
        status bar with why, so that a broken page never holds the person up."""
        if self.folder is not None:
            self._go_first_that_opens(self.folder.steps(k), save=True)

    def _go_first_that_opens(self, pages, save):
        """Open the first of ``pages`` (indices in the folder) that can be opened."""
        skipped, shown = [], False
        for i in pages:
            opened, why = self._page_opened(i, save)
            if why is None:
                if skipped:
                    self.statusBar().clearMessage()     # what the page left said is not about this one
                shown = opened is not None and self._show_page(i, opened)
                break
            skipped.append((self.folder.pages[i], why))
        if skipped:
            self._tell_skipped(skipped, shown)

    def _tell_skipped(self, skipped, moved):
        """Say which pages could not be opened and why (the first line of the reason, the
        page's own name in front of it), before what opening the page in view said."""
        said = []
        for entry, why in skipped:
            reason = why.splitlines()[0] if why else ""
            for name in (shown_name(entry.path), shown_name(entry.rel), entry.path.name):
                if reason.startswith(name + ": "):
                    reason = reason[len(name) + 2:]
                    break
            text = self.tr("%1 could not be opened and was skipped: %2") if moved else \
                self.tr("%1 could not be opened: %2")
            said.append(text.replace("%1", shown_name(entry.rel)).replace("%2", reason))
        before = self.statusBar().currentMessage() if moved else ""
        self.statusBar().showMessage("; ".join(said + ([before] if before else [])), 10000)

    def page_done(self):
        """Mark the page done (saved), then open the next page that is not done."""
        if self.folder is None or self.doc is None:
            return
        doc = self.doc
        doc.done = True
        if not self.files.save(quiet=True):
            if self.doc is doc:         # a conflict answered "reload theirs" brings their document
                doc.done = False
            return
        after = self.folder.not_done_after()
        if not after:
            self.statusBar().showMessage(self.tr("Every page of the folder is done"), 6000)
        else:
            self._go_first_that_opens(after, save=False)

    def _note_status(self):
        """The dock's row of the page in view follows its saved state."""
        folder = self.folder
        if folder is None or folder.current is None or self.doc is None:
            return
        from app.session import page_summary
        from app.workspace import PageStatus, links_to
        s = page_summary(self.doc)
        rel = folder.pages[folder.current].rel
        folder.status[rel] = PageStatus(s["status"], s["lines"], s["confirmed"], s.get("number"),
                                        links_to(s.get("links_to")))
        folder.lines[rel] = s["lines"]
        self.pages.refresh([folder.current])

    def _on_change(self, change):
        touched = self.articles.update(change)
        self.model.on_change(change)
        self.preview.on_change(touched)
        self.article_list.model_.on_change(touched)
        if change.structure and self._cursor_row is not None:
            self.view.go_to(min(self._cursor_row, len(self.doc) - 1))
        if change.articles_changed or change.structure:
            self.view.viewport().update()
        if change.step != "do":
            self.acts.show_settings()
        row = self._cursor_row
        if row is not None and row < len(self.doc):
            self.preview.highlight_row(row)
            if self.doc.label[row] is not None:     # M moved it: the list follows its article
                self.article_list.show_article(self.doc.article[row])
        self.refresh_status()

    # ---- page numbers ----------------------------------------------------------------
    def _number_read(self, doc):
        """The number the page prints or its file name holds (app.folio); in a folder, the
        dock takes it from the document as opened."""
        from app.folio import page_number
        folder = self.folder
        if folder is not None and folder.current is not None:
            rel = folder.pages[folder.current].rel
            folder.numbers[rel] = page_number(doc.source.text, rel)
            return folder.numbers[rel]
        return page_number(doc.source.text, doc.source.name)

    def page_name(self, rel) -> str:
        """How the window names a page of the folder it links to: its number (a person's
        correction, else the page's own), else its path."""
        number = self.folder.number_text(rel) if self.folder is not None and rel in self.folder.index else None
        return number or rel

    def linked_in(self) -> dict[int, str]:
        """``{line: page}``: the lines of the page in view that a person's link on another
        page of the folder goes on to (from the sessions' summaries)."""
        folder = self.folder
        if folder is None or folder.current is None:
            return {}
        from app.workspace import linked_in
        return linked_in(folder.status, folder.pages[folder.current].rel)

    def page_missing(self, name) -> bool:
        """Does no page of the folder go by ``name`` (a number a jump line names, or how
        :meth:`page_name` names a page)? A number names a page as the join reads it
        (:func:`app.links.same_page`: "2" printed on A1 is A2, a page of the same
        subfolder). False without a folder. The numbers the folder's reader has come to are
        tried first; the others are read only when none of those matches."""
        folder = self.folder
        if folder is None or folder.current is None:
            return False
        from app.folio import parse_number
        from app.links import same_page
        here = folder.pages[folder.current].rel
        wanted = parse_number(name)
        own = folder.page_number(here)
        if name in folder.index or wanted is None or own is None:
            return name not in folder.index and not any(name == folder.number_text(p.rel) for p in folder.pages)
        same = [p.rel for p in folder.pages if p.rel != here and p.rel.rpartition("/")[0] == here.rpartition("/")[0]]

        def number(rel, wait):
            corrected = folder.corrected.get(rel)
            return parse_number(corrected) if corrected else (folder.page_number(rel) if wait else folder.numbers.get(rel))
        for wait in (False, True):
            if any((n := number(rel, wait)) is not None and same_page(n, wanted.number, wanted.letter, own)
                   for rel in same):
                return False
        return True

    def _show_page_number(self):
        """The status bar says the page's number; the dock follows a correction at once."""
        doc, lab = self.doc, self.status["page"]
        read = self.read_number
        shown = doc.page_number or (read.text() if read is not None else None)
        lab.setText(QCoreApplication.translate("MainWindow", "page %1").replace("%1", shown or "–"))
        lab.setToolTip(number_tip(read, doc.page_number))
        folder = self.folder
        if folder is None or folder.current is None:
            return
        rel = folder.pages[folder.current].rel
        if folder.corrected.get(rel) != doc.page_number:
            if doc.page_number is None:
                folder.corrected.pop(rel, None)
            else:
                folder.corrected[rel] = doc.page_number
            self.pages.refresh([folder.current])

    # ---- sync ------------------------------------------------------------------------
    def _cursor_moved(self, row):
        self._cursor_row = row
        self.preview.highlight_row(row)
        if self.doc.label[row] is not None:
            self.article_list.show_article(self.doc.article[row])
        self.refresh_position()

    # a click in the preview or the list chooses where to work: the keys go back to the raw
    # pane, where they act
    def _preview_clicked(self, rows):
        self.view.select_doc_rows(rows)
        self.view.setFocus()

    def _article_activated(self, aid):
        row = self.articles.first_row(aid)
        if row is not None:
            self.view.go_to(row)
        self.view.setFocus()

    # ---- status --------------------------------------------------------------------------
    def refresh_status(self):
        doc = self.doc
        name = Path(self.path).name if self.path else (doc.source.name if doc else "")
        if self.folder is not None and self.folder.current is not None:
            name = self.folder.pages[self.folder.current].rel
        name = shown_name(name)
        dirty = bool(doc is not None and doc.dirty)
        self.setWindowTitle(window_title(f"Zhengwen — {name}{' *' if dirty else ''}") if name else "Zhengwen")
        st = self.status
        if doc is None:
            for lab in st.values():
                lab.setText("")
            return
        st["file"].setText(name)
        self._show_page_number()
        st["encoding"].setText(f"{doc.source.encoding} {doc.source.confidence:.0%}")
        lines, done = self.articles.totals()
        st["confirmed"].setText(self.tr("confirmed %1").replace("%1", f"{percent(done, lines)}%" if lines else "–"))
        st["review"].setText(self.tr("%1 to review").replace("%1", str(to_review(doc))))
        if st["modified"].property("dirty") != dirty:
            # a style sheet is parsed and the label re-polished on every set: only on a flip
            st["modified"].setProperty("dirty", dirty)
            st["modified"].setText(self.tr("unsaved") if dirty else self.tr("saved"))
            st["modified"].setStyleSheet("color: #c92a2a; font-weight: bold" if dirty else "color: #2b8a3e")
        self.refresh_position()

    def refresh_position(self):
        doc = self.doc
        if doc is None or self.model is None:
            return
        row = self.view.current_doc_row()
        if row is None:     # no line to be on (an empty page): nothing of the page before stays
            for key in ("position", "article", "why"):
                self.status[key].setText("")
            self.status["why"].setToolTip("")
            if not any(lab is not None for lab in doc.label):
                self.status["why"].setText(self.tr("This page has no text"))
            return
        rows = self.view.selected_doc_rows()
        text = self.tr("line %1").replace("%1", str(doc.src[row]))
        if len(rows) > 1:
            text += " " + self.tr("(%1 selected)").replace("%1", str(len(rows)))
        self.status["position"].setText(text)
        n = self.articles.number(doc.article[row]) if doc.label[row] is not None else 0
        total = len(self.articles.order())
        self.status["article"].setText(self.tr("article %1 of %2").replace("%1", str(n) if n else "–")
                                       .replace("%2", str(total)))
        why = why_lines(doc, row)    # the bar shows the rules, its tooltip what they mean
        self.status["why"].setText(" · ".join(text for text, _ in why))
        self.status["why"].setToolTip(tooltip(explained(why)))

    def show_error(self, message):
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Zhengwen"), message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        plain(box)                  # the message names a file and may quote its text
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda *_: self.acts.back_to_pane())
        self.error_box = box
        box.open()

    # ---- closing ---------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the open document."""
        if self.doc is None or not self.doc.dirty:
            return True
        answer = self.files.ask_unsaved()
        if answer == "save":
            return self.files.save()
        if answer == "discard":
            self.autosave.discard()     # dropped on purpose: never offered back as a crash's
            return True
        return False

    def closeEvent(self, event):
        if self.folder is not None and self.doc is not None and self.doc.dirty:
            # in a folder the work goes to its session; if it cannot, ask as for a page alone
            ok = self.files.save(quiet=True) or self.maybe_save()
        else:
            ok = self.maybe_save()
        if ok:
            self.autosave.discard()       # saved or knowingly dropped: nothing to recover
            self.autosave.shutdown()
            if self.work is not None:
                self.work.unlock()
            self.folder_export.shutdown()     # an export under way stops between two pages
            if self.folder is not None and self.folder.current is not None:
                from app import workspace
                workspace.remember_page(self.folder.root, self.folder.pages[self.folder.current].rel, self._place())
            self.close_folder()
            self.prefs.save()
            event.accept()
        else:
            event.ignore()


def _raise(op):
    raise ValueError(f"the step {op.name!r} does not apply")
