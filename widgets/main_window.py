"""The annotation window: raw lines on the left, the live preview on the right, the article
list in a dock, menus built from the keymap's actions, and a status bar.

It composes and wires; what a key does lives in widgets/actions.py and app/commands.py,
file handling in widgets/files.py, and all state in the document.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSplitter

from app.article_index import ArticleIndex
from app.filenames import shown_name
from app.keymap import Keymap, load_keymap
from app.recovery import recovery_path_for

from .actions import Actions
from .article_list import ArticleList
from .autosave import Autosaver
from .files import Files
from .lines_model import LinesModel, explained, why_lines
from .lines_view import LinesView
from .plain import plain, tooltip, window_title
from .preview import Preview
from .scrollbars import flatten

MENUS = (
    (QT_TRANSLATE_NOOP("menus", "&File"), ("file.open", "file.save", "file.save_as", "file.export", None, "file.quit")),
    (QT_TRANSLATE_NOOP("menus", "&Edit"), ("undo", "redo", None, "edit.line", "find", "find.next")),
    (QT_TRANSLATE_NOOP("menus", "&Label"), ("label.headline", "label.subtitle", "label.kicker", "label.byline", "label.subheading",
                "label.paragraph", "label.caption", "label.noise", None, "confirm", "para.toggle")),
    (QT_TRANSLATE_NOOP("menus", "&Article"), ("article.start", "article.merge_prev", "article.move", None, "article.prev", "article.next")),
    (QT_TRANSLATE_NOOP("menus", "&Go"), ("goto", "review.next", "review.prev")),
    (QT_TRANSLATE_NOOP("menus", "&View"), ("view.blank_lines",)),
    (QT_TRANSLATE_NOOP("menus", "&Help"), ("help.keys",)),
)


class MainWindow(QMainWindow):
    def __init__(self, keymap: Keymap | None = None):
        super().__init__()
        self.setObjectName("mainWindow")
        self.doc = None
        self.articles = None
        self.path = None
        self.session_path = None
        self.stack = QUndoStack(self)
        self.files = Files(self)
        keymap = keymap or load_keymap()

        self.view = LinesView(self)
        self.model = None
        self.preview = Preview(self)
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

        self.acts = Actions(self, keymap)
        self.autosave = Autosaver(self)     # unsaved work to a recovery file, off the UI thread
        self.autosave.failed.connect(lambda msg: self.statusBar().showMessage(msg, 10000))
        self._menus(dock)
        self._status_bar()
        if keymap.conflicts or keymap.problems:
            msgs = [f"{k}: {', '.join(ids)}" for k, ids in keymap.conflicts] + keymap.problems
            self.statusBar().showMessage(self.tr("Keymap: ") + "; ".join(msgs), 15000)

        self.view.current_row_changed.connect(self._cursor_moved)
        self.view.selection_changed_rows.connect(self.refresh_position)
        self.preview.rows_clicked.connect(self._preview_clicked)
        self.article_list.article_activated.connect(self._article_activated)
        self._cursor_row = None
        self.resize(1400, 860)
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
            if title == "&View":  # the dock's own toggle joins the View menu
                toggle = dock.toggleViewAction()
                toggle.setText(self.tr("Article list"))
                menu.addAction(toggle)

    def _status_bar(self):
        sb = self.statusBar()
        self.status = {}
        for key in ("why", "file", "encoding", "position", "article", "confirmed", "modified"):
            lab = plain(QLabel(self))      # file names and line text: never markup
            lab.setObjectName(f"status_{key}")
            if key == "why":
                sb.addWidget(lab, 1)
            else:
                sb.addPermanentWidget(lab)
            self.status[key] = lab

    # ---- the document --------------------------------------------------------------
    def set_document(self, doc, path=None, session_path=None):
        if self.doc is not None:
            self.doc.unsubscribe(self._on_change)
        import app.suggest as suggest
        if getattr(suggest, "make_resuggest", None) is not None and doc.resuggest is None:
            doc.resuggest = suggest.make_resuggest
        self.doc = doc
        self.path = path
        self.session_path = session_path or self.session_path_arg
        self.stack.clear()
        self.articles = ArticleIndex(doc)
        if self.model is None:
            self.model = LinesModel(doc, self)
            self.model.edit_handler = self.acts.commit_edit
            self.view.setModel(self.model)
        else:
            self.model.set_document(doc)
        self.view.delegate.articles = self.articles
        self.preview.set_document(doc, self.articles)
        self.article_list.model_.set_document(doc, self.articles)
        doc.subscribe(self._on_change)
        self.autosave.attach(doc, recovery_path_for(doc, self.session_path))
        self.lock_session(self.session_path)
        first = doc.next_nonblank(-1, 1)
        self.view.go_to(first if first is not None else 0)
        self.view.setFocus()
        self.refresh_status()

    session_path_arg = None     # --session from the command line: where Ctrl+S saves

    def _on_change(self, change):
        touched = self.articles.update(change)
        self.model.on_change(change)
        self.preview.on_change(touched)
        self.article_list.model_.on_change(touched)
        if change.structure and self._cursor_row is not None:
            self.view.go_to(min(self._cursor_row, len(self.doc) - 1))
        if change.articles_changed or change.structure:
            self.view.viewport().update()
        if self._cursor_row is not None:
            self.preview.highlight_row(self._cursor_row)
        self.refresh_status()

    # ---- sync ------------------------------------------------------------------------
    def _cursor_moved(self, row):
        self._cursor_row = row
        self.preview.highlight_row(row)
        if self.doc.label[row] is not None:
            self.article_list.show_article(self.doc.article[row])
        self.refresh_position()

    def _preview_clicked(self, rows):
        self.view.select_doc_rows(rows)

    def _article_activated(self, aid):
        row = self.articles.first_row(aid)
        if row is not None:
            self.view.go_to(row)

    # ---- status --------------------------------------------------------------------------
    def refresh_status(self):
        doc = self.doc
        name = Path(self.path).name if self.path else (doc.source.name if doc else "")
        name = shown_name(name)
        dirty = bool(doc is not None and doc.dirty)
        self.setWindowTitle(window_title(f"Zhengwen — {name}{' *' if dirty else ''}") if name else "Zhengwen")
        st = self.status
        if doc is None:
            for lab in st.values():
                lab.setText("")
            return
        st["file"].setText(name)
        st["encoding"].setText(f"{doc.source.encoding} {doc.source.confidence:.0%}")
        lines, done = self.articles.totals()
        st["confirmed"].setText(self.tr("confirmed %1").replace("%1", f"{100 * done / lines:.0f}%" if lines else "–"))
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
        if row is None:
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
        return answer == "discard"

    _locked = None              # the session this window holds the lock of

    def lock_session(self, path):
        """Hold the lock of the session at ``path``; warn when another Zhengwen has it open
        (two windows saving one session would each overwrite the other's work)."""
        from app.session import SessionError, acquire_lock, release_lock
        if self._locked is not None and self._locked != path:
            release_lock(self._locked)
            self._locked = None
        if not path or self._locked == path:
            return
        try:
            holder = acquire_lock(path)
        except (SessionError, OSError):
            return
        if holder is None:
            self._locked = path
        else:
            import socket
            who = str(holder.pid) if holder.host == socket.gethostname() else f"{holder.pid}, {holder.host}"
            self.show_error(self.tr("%1: already open in another Zhengwen (process %2). Saving here would "
                                    "overwrite what is saved there.").replace("%1", shown_name(path)).replace("%2", who))

    def closeEvent(self, event):
        if self.maybe_save():
            self.autosave.discard()       # saved or knowingly dropped: nothing to recover
            self.autosave.shutdown()
            self.lock_session(None)
            event.accept()
        else:
            event.ignore()
