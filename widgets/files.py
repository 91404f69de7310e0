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
from app.loader import UserError, looks_like_session, open_any

EXPORT_FILTERS = {
    "json": "JSON (*.json)", "jsonl": "JSON Lines (*.jsonl)", "md": "Markdown (*.md)", "txt": "Text (*.txt)",
}


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

    def open_path(self, path) -> bool:
        try:
            doc = open_any(path, encoding=self.encoding) if not looks_like_session(path) else open_any(path)
        except UserError as e:
            self.win.show_error(str(e))
            return False
        except OSError as e:
            self.win.show_error(f"{shown_name(path)}: {e.strerror or e}")
            return False
        session = str(path) if looks_like_session(path) else None
        doc = self._recover(doc, session or self.win.session_path_arg)
        self.win.set_document(doc, str(path), session_path=session)
        return True

    def _recover(self, doc, session_path):
        """``doc``, or the unsaved work on it that a crash left in a recovery file, if the
        person wants it back."""
        from app.recovery import discard_recovery, find_recovery, load_recovery, session_path_for
        from app.session import SessionError
        from .autosave import offer_recovery
        target = session_path_for(doc, session_path)
        rec = find_recovery(target, doc.source.sha256)
        if rec is None:
            return doc
        if not offer_recovery(self.win, rec):
            discard_recovery(target)
            return doc
        try:
            return load_recovery(rec)
        except SessionError as e:
            self.win.show_error(str(e))
            return doc

    # ---- save ----------------------------------------------------------------------
    def session_target(self):
        if self.win.session_path:
            return self.win.session_path
        from app.session import default_session_path
        doc = self.win.doc
        return str(default_session_path(doc.source.path or doc.source.name))

    def save(self) -> bool:
        if self.win.doc is None:
            return False
        return self.save_to(self.session_target())

    def save_to(self, path) -> bool:
        from app.session import SessionError, save_session
        try:
            save_session(self.win.doc, path)
        except (SessionError, UserError) as e:
            self.win.show_error(with_shown_name(str(e), path))
            return False
        except OSError as e:
            self.win.show_error(f"{shown_name(path)}: {e.strerror or e}")
            return False
        self.win.doc.saved_revision = self.win.doc.revision
        self.win.session_path = str(path)
        self.win.autosave.discard(path)          # the session has it all now
        from app.recovery import recovery_path
        self.win.autosave.attach(self.win.doc, recovery_path(path))
        self.win.lock_session(str(path))
        self.win.refresh_status()
        self.win.statusBar().showMessage(QCoreApplication.translate("Files", "Saved %1").replace("%1", shown_name(path)), 4000)
        return True

    def save_as(self):
        if self.win.doc is None:
            return
        dlg = self._file_dialog(QCoreApplication.translate("Files", "Save the session as"), QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilters([QCoreApplication.translate("Files", "Sessions (*.json)")])
        dlg.setDefaultSuffix("json")
        dlg.selectFile(self.session_target())
        dlg.fileSelected.connect(self.save_to)
        dlg.open()

    # ---- export --------------------------------------------------------------------
    def export(self):
        if self.win.doc is None:
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

    def export_to(self, path, fmt) -> bool:
        """Build, render and write the export; a progress dialog shows when it takes long."""
        from app.atomic import write_text
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

    def _file_dialog(self, title, mode):
        dlg = QFileDialog(self.win, title)
        dlg.setObjectName("fileDialog")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dlg.setAcceptMode(mode)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda *_: self.win.acts.back_to_pane())
        if self.win.doc is not None and self.win.doc.source.path:
            dlg.setDirectory(str(Path(self.win.doc.source.path).resolve().parent))
        self.dialog = dlg
        return dlg


