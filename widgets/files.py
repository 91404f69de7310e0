"""Open, save, save as, export, and the question on closing with unsaved changes.

File dialogs are Qt's own (not the platform's) and opened without blocking, so the same
keys work everywhere, tests included. Every failure is a message box with the plain
message, and the open document is left as it was.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.filenames import shown_name, with_shown_name
from app.loader import UserError

EXPORT_FILTERS = {
    "json": "JSON (*.json)", "jsonl": "JSON Lines (*.jsonl)", "md": "Markdown (*.md)", "txt": "Text (*.txt)",
}


def _remove(path):
    try:
        os.unlink(path)
    except OSError:
        pass


class Files:
    def __init__(self, window):
        self.win = window
        self.dialog = None
        self.encoding = None        # forced encoding for raw pages (from the command line)

    # ---- open ----------------------------------------------------------------------
    def open(self):
        if not self.win.maybe_save():
            return
        dlg = self._file_dialog(QCoreApplication.translate("Files", "Open a page or a session"), QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.ExistingFile)
        dlg.setNameFilters([QCoreApplication.translate("Files", "Pages and sessions (*.txt *.md *.json)"), QCoreApplication.translate("Files", "All files (*)")])
        dlg.fileSelected.connect(self.open_path)
        dlg.open()

    def open_folder(self):
        if not self.win.maybe_save():
            return
        dlg = self._file_dialog(QCoreApplication.translate("Files", "Open a folder of pages"), QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.fileSelected.connect(self.win.open_folder)
        dlg.open()

    def open_path(self, path, session=None) -> bool:
        """Open a page (resuming its saved session) or a session file, alone. ``session``:
        the session file the person named for this page (``--session``), for it alone."""
        opened = self.load(path, session)
        if opened is None:
            return False
        self.win.close_folder()
        self.win.prefs.opened(path)
        return self.show(opened)

    def load(self, path, session=None):
        """The page or session at ``path`` opened (``app.pagework.Opened``), or ``None``
        after telling why not."""
        opened, why = self.try_load(path, session)
        if why is not None:
            self.win.show_error(why)
        return opened

    def try_load(self, path, session=None):
        """``(opened, None)``, or ``(None, why)``: why the page or session at ``path``
        cannot be opened, in plain words naming it."""
        from app.pagework import open_path
        try:
            return open_path(path, session=session, encoding=self.encoding), None
        except UserError as e:
            return None, str(e)
        except OSError as e:
            return None, f"{shown_name(path)}: {e.strerror or e}"

    def show(self, opened) -> bool:
        """Put an opened page in the window, after the questions it raises: a page that
        changed since its session was saved, unsaved steps a crash left."""
        from app.pagework import start_afresh
        if opened.page_changed and self.ask_page_changed(opened) == "afresh":
            try:
                opened = start_afresh(opened, encoding=self.encoding)
            except (UserError, OSError) as e:
                self.win.show_error(str(e))
                return False
        steps = None
        if opened.journal is not None:
            from .autosave import offer_recovery
            page = opened.work.page or opened.doc.source.path or opened.work.session
            if offer_recovery(self.win, opened.journal, shown_name(page)):
                steps = self._from_state(opened, opened.journal.steps)
            else:
                _remove(opened.journal.path)
        self.win.set_document(opened, steps)
        return True

    def _from_state(self, opened, steps):
        """The steps to replay on ``opened``; a journal that starts from the whole document
        (written when an undo went past the last save) gives ``opened`` that document, unsaved."""
        from app.journal import start_state
        from app.session import SessionError, session_from_bytes
        state, rest = start_state(steps)
        if state is None:
            return steps
        try:
            doc = session_from_bytes(state.encode("utf-8", "surrogatepass"), opened.journal.path)[0]
        except SessionError as e:
            self.win.show_error(str(e))
            return None
        doc.saved_revision = -1         # the work restored is not the session on disk
        opened.doc, opened.from_state = doc, True
        return rest

    # ---- save ----------------------------------------------------------------------
    def save(self, quiet=False) -> bool:
        """Save the session where it belongs; ``quiet``: no status message (a page left in
        a folder)."""
        if self.win.doc is None:
            return False
        return self._save(self.win.work, quiet)

    def _save(self, work, quiet=False) -> bool:
        from app.pagework import SessionConflict
        from app.session import SessionError
        doc = self.win.doc
        try:
            work.save(doc)
        except SessionConflict as c:
            return self._resolve_conflict(work, c)
        except SessionError as e:
            self.win.show_error(with_shown_name(str(e), work.session))
            return False
        except OSError as e:
            self.win.show_error(f"{shown_name(work.session)}: {e.strerror or e}")
            return False
        self._saved(work, quiet)
        return True

    def _saved(self, work, quiet):
        self.win.saved(work)
        if not quiet:
            self.win.statusBar().showMessage(QCoreApplication.translate("Files", "Saved %1").replace("%1", shown_name(work.session)), 4000)

    def _resolve_conflict(self, work, conflict) -> bool:
        """The session file changed under this window: keep mine, reload theirs, or save
        as. A file that is no session is never written over: only save as."""
        if not conflict.is_session:
            self.win.show_error(QCoreApplication.translate("Files", "%1 is not a Zhengwen session: Zhengwen will not write over it. "
                                    "Use Save As to choose another file.").replace("%1", shown_name(work.session)))
            return False
        answer = self.ask_conflict(work.session)
        if answer == "mine":
            from app.pagework import SessionConflict
            from app.session import SessionError
            try:
                work.save(self.win.doc, force=True)
            except (SessionConflict, SessionError, OSError) as e:
                self.win.show_error(str(e))
                return False
            self._saved(work, False)
            return True
        if answer == "theirs":
            opened = self.load(work.page or work.session, work.session if work.page else None)
            if opened is not None:
                self.win.autosave.discard()
                self.win.set_document(opened, None, keep_folder=True)
            return False
        if answer == "save_as":
            self.save_as()
        return False

    def save_as(self):
        if self.win.doc is None:
            return
        dlg = self._file_dialog(QCoreApplication.translate("Files", "Save the session as"), QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilters([QCoreApplication.translate("Files", "Sessions (*.json)")])
        dlg.setDefaultSuffix("json")
        dlg.selectFile(str(self.win.work.session) if self.win.work else "")
        dlg.fileSelected.connect(self.save_to)
        dlg.open()

    def save_to(self, path) -> bool:
        """Save to a session file of the person's choosing; it becomes this window's session."""
        from app.pagework import PageWork, disk_state
        from app.loader import looks_like_session
        old = self.win.work
        path = Path(path)
        if old is not None and path.absolute() == old.session.absolute():
            return self.save()
        if self.win.folder is not None:
            return self._save_copy(path)
        # an existing session there is one this window never loaded: save as never
        # replaces it silently (the conflict question asks)
        work = PageWork(path, old.page if old else None,
                        None if not path.exists() else
                        (disk_state(path) if not looks_like_session(path) else None))
        work.lock()
        ok = self._save(work)
        if ok:
            if old is not None and old is not work:
                old.unlock()
                if old.journal is not None:
                    old.journal.discard()
        else:
            work.unlock()
        return ok

    def _save_copy(self, path: Path) -> bool:
        """In a folder, Save As writes a copy: the page's work stays in its own session,
        where the folder (its dock, its export, coming back to the page) finds it."""
        from app.loader import looks_like_session
        from app.pagework import PageWork, SessionConflict, disk_state
        from app.session import SessionError
        work = self.win.work
        copy = PageWork(path, work.page, disk_state(path) if path.exists() and not looks_like_session(path) else None)
        try:
            copy.save(self.win.doc)
        except SessionConflict:
            self.win.show_error(QCoreApplication.translate(
                "Files", "%1 exists: Save As in a folder writes a copy and never replaces a file. Choose a new name.")
                .replace("%1", shown_name(path)))
            return False
        except (SessionError, OSError) as e:
            self.win.show_error(with_shown_name(str(e), path))
            return False
        if not self.save(quiet=True):
            return False
        self.win.statusBar().showMessage(QCoreApplication.translate(
            "Files", "Saved a copy as %1; the page's work stays in its own session")
            .replace("%1", shown_name(path)), 6000)
        return True

    # ---- export --------------------------------------------------------------------
    def export(self):
        if self.win.doc is None:
            return
        if self.win.folder is not None:
            from .folder_export import ask_what
            what = ask_what(self.win)
            if what == "folder":
                self.win.folder_export.start()
            if what != "page":
                return
        dlg = self._file_dialog(QCoreApplication.translate("Files", "Export the clean text"), QFileDialog.AcceptMode.AcceptSave)
        filters = list(EXPORT_FILTERS.values())
        dlg.setNameFilters(filters)
        dlg.setDirectory(self.export_folder())
        stem = Path(self.win.doc.source.name or "page").stem
        dlg.selectFile(stem + ".json")

        def chosen(path):
            self._export_folder = str(Path(path).parent)
            suffix = Path(path).suffix.lower().lstrip(".")
            fmt = suffix if suffix in EXPORT_FILTERS else \
                next(f for f, flt in EXPORT_FILTERS.items() if flt == dlg.selectedNameFilter())
            if suffix not in EXPORT_FILTERS:
                path = path + "." + fmt
            self.export_to(path, fmt)
        dlg.fileSelected.connect(chosen)
        dlg.open()

    _export_folder = None       # where the last export went: the next one starts there

    def export_folder(self) -> str:
        """The folder an export dialog opens in: the last export's, else the page's when
        it can be written to (pages often sit in read-only archives), else the working one."""
        if self._export_folder and os.path.isdir(self._export_folder):
            return self._export_folder
        src = self.win.doc.source.path if self.win.doc is not None else None
        if src:
            folder = Path(src).resolve().parent
            if os.access(folder, os.W_OK):
                return str(folder)
        return os.getcwd()

    def inputs(self) -> list:
        """Files an export must never replace: the page, its session, the folder's pages."""
        win = self.win
        found = [win.doc.source.path if win.doc is not None else None,
                 win.work.session if win.work is not None else None]
        if win.folder is not None:
            found += [p.path for p in win.folder.pages]
        return found

    def export_to(self, path, fmt) -> bool:
        """Build, render and write the export; a progress dialog shows when it takes long."""
        from app.atomic import write_text
        from app.outputs import lands_on
        hit = lands_on(path, self.inputs())
        if hit is not None:
            self.win.show_error(QCoreApplication.translate(
                "Files", "%1 is a page or a session: an export never replaces one. Choose another file.")
                .replace("%1", shown_name(hit)))
            return False
        from app.corpus import build_corpus
        from app.export import render
        progress = QProgressDialog(QCoreApplication.translate("Files", "Exporting…"), QCoreApplication.translate("Files", "Cancel"), 0, 3, self.win)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setValue(0)
        try:
            progress.setLabelText(QCoreApplication.translate("Files", "Building the articles…"))
            corpus = build_corpus(self.win.doc)
            progress.setValue(1)
            if progress.wasCanceled():
                return False
            progress.setLabelText(QCoreApplication.translate("Files", "Writing %1…").replace("%1", fmt))
            text = render(corpus, fmt)
            progress.setValue(2)
            if progress.wasCanceled():
                return False
            write_text(path, text)
            progress.setValue(3)
        except OSError as e:
            cannot = QCoreApplication.translate("Files", "cannot write")
            self.win.show_error(f"{shown_name(path)}: {cannot}: {e.strerror or e}")
            return False
        finally:
            progress.close()
            progress.deleteLater()
        self.win.statusBar().showMessage(QCoreApplication.translate("Files", "Exported %1").replace("%1", shown_name(path)), 4000)
        return True

    # ---- closing -----------------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Files", "Unsaved changes"),
                          QCoreApplication.translate("Files", "Save the changes to this page before closing it?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                          QMessageBox.StandardButton.Cancel, self.win)
        box.setObjectName("unsavedBox")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        self.win.acts.back_to_pane()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_conflict(self, path) -> str:
        """'mine', 'theirs', 'save_as' or 'cancel'."""
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Files", "The session changed on disk"),
                          QCoreApplication.translate("Files", "%1 was saved by someone else (another window?) since this window "
                              "opened or saved it.").replace("%1", shown_name(path)),
                          QMessageBox.StandardButton.NoButton, self.win)
        box.setObjectName("conflictBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        mine = box.addButton(QCoreApplication.translate("Files", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(QCoreApplication.translate("Files", "Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(QCoreApplication.translate("Files", "Save as…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        self.win.acts.back_to_pane()
        return {mine: "mine", theirs: "theirs", save_as: "save_as"}.get(box.clickedButton(), "cancel")

    def ask_page_changed(self, opened) -> str:
        """'keep' (the session, with the page as it was) or 'afresh' (the changed page)."""
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Files", "The page changed"),
                          QCoreApplication.translate("Files", "%1 is not the text its saved session was made from: the file changed "
                              "since.\n\nKeep working on the saved session (the page as it was), or "
                              "start afresh from the changed page? Starting afresh replaces the "
                              "session at the next save.").replace("%1", shown_name(opened.work.page)),
                          QMessageBox.StandardButton.NoButton, self.win)
        box.setObjectName("pageChangedBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        keep = box.addButton(QCoreApplication.translate("Files", "Keep the saved session"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Files", "Start afresh"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        self.win.acts.back_to_pane()
        return "keep" if box.clickedButton() is keep else "afresh"

    def _file_dialog(self, title, mode):
        dlg = QFileDialog(self.win, title)
        dlg.setObjectName("fileDialog")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAcceptMode(mode)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda *_: self.win.acts.back_to_pane())
        if self.win.doc is not None and self.win.doc.source.path:
            dlg.setDirectory(str(Path(self.win.doc.source.path).resolve().parent))
        elif self.win.prefs.last_folder() and os.path.isdir(self.win.prefs.last_folder()):
            dlg.setDirectory(self.win.prefs.last_folder())
        self.dialog = dlg
        dlg.destroyed.connect(lambda *_: self._forget_dialog(dlg))
        return dlg

    def _forget_dialog(self, dlg):
        if self.dialog is dlg:
            self.dialog = None


