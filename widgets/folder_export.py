"""Export of the whole folder from the window: the same corpus as ``zhengwen export DIR``.

The pages are read and written on a worker thread (the engine's
:func:`app.folder_export.export_folder`); the window shows a progress dialog whose Cancel
stops the export between two pages, leaving no partial file behind.
"""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from app.filenames import shown_name

FOLDER_FILTERS = {"jsonl": QT_TRANSLATE_NOOP("FolderExport", "JSON Lines, one article a line (*.jsonl)"),
                  "json": QT_TRANSLATE_NOOP("FolderExport", "JSON, one document holding the pages (*.json)")}


class Cancelled(Exception):
    """Raised in the worker from the progress callback when the person cancels."""


def _tr(text):
    return QCoreApplication.translate("FolderExport", text)


def ask_what(parent) -> str:
    """'page', 'folder' or 'cancel': what Export means while a folder is open."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("FolderExport", "Export"),
                      QCoreApplication.translate("FolderExport", "Export this page, or every page of the folder as one corpus?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("exportWhatBox")
    page = box.addButton(QCoreApplication.translate("FolderExport", "This page"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(QCoreApplication.translate("FolderExport", "The whole folder"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(folder)
    box.exec()
    return {page: "page", folder: "folder"}.get(box.clickedButton(), "cancel")


class FolderExport(QObject):
    """One export of the folder at a time: the file dialog, the worker, the progress."""
    stepped = Signal(int, int)          # worker -> UI thread: pages done, pages in all
    finished = Signal(object, object)   # worker -> UI thread: summary or None, error or None

    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.progress = None
        self.running = None
        self._cancel = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="folder-export")
        self.stepped.connect(self._stepped)
        self.finished.connect(self._finished)

    def start(self):
        """Ask where, then export (after saving the page in view: the corpus holds it)."""
        win = self.win
        if win.folder is None or self.running is not None:
            return
        if win.doc is not None and win.doc.dirty and not win.files.save(quiet=True):
            return
        dlg = win.files._file_dialog(QCoreApplication.translate("FolderExport", "Export the folder as one corpus"),
                                     QFileDialog.AcceptMode.AcceptSave)
        dlg.setNameFilters([_tr(f) for f in FOLDER_FILTERS.values()])
        dlg.setDirectory(win.files.export_folder())
        dlg.selectFile(Path(win.folder.root).name + ".jsonl")

        def chosen(path):
            suffix = Path(path).suffix.lower().lstrip(".")
            fmt = suffix if suffix in FOLDER_FILTERS else "jsonl"
            if suffix not in FOLDER_FILTERS:
                path += ".jsonl"
            win.files._export_folder = str(Path(path).parent)
            self.run(path, fmt)
        dlg.fileSelected.connect(chosen)
        dlg.open()

    def run(self, path, fmt):
        from app.outputs import lands_on
        from app.store import session_path
        win = self.win
        pages = [p.path for p in win.folder.pages]
        hit = lands_on(path, pages + [session_path(p) for p in pages])
        if hit is not None:
            win.show_error(QCoreApplication.translate(
                "Files", "%1 is a page or a session: an export never replaces one. Choose another file.")
                .replace("%1", shown_name(hit)))
            return
        self._cancel.clear()
        self.progress = QProgressDialog(QCoreApplication.translate("FolderExport", "Exporting the folder…"),
                                        QCoreApplication.translate("FolderExport", "Cancel"),
                                        0, len(pages), win)
        self.progress.setObjectName("folderExportProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel.set)
        self.running = path
        self._pool.submit(self._work, win.folder.root, path, fmt)

    def _work(self, root, path, fmt):
        from app.folder_export import export_folder

        def step(done, total):
            if self._cancel.is_set():
                raise Cancelled()
            self.stepped.emit(done, total)
        try:
            self.finished.emit(export_folder(root, path, fmt, progress=step), None)
        except Cancelled:
            self.finished.emit(None, None)
        except Exception as e:  # noqa: BLE001 - reported in the window, never a crash
            self.finished.emit(None, e)

    def _stepped(self, done, total):
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, summary, error):
        path, self.running = self.running, None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        sb = self.win.statusBar()
        if error is not None:
            reason = getattr(error, "strerror", None) or str(error)
            self.win.show_error(f"{shown_name(path)}: {reason}")
        elif summary is None:
            sb.showMessage(QCoreApplication.translate("FolderExport", "Export cancelled; nothing was written"), 6000)
        else:
            sb.showMessage(QCoreApplication.translate("FolderExport", "Exported %1: %2")
                           .replace("%1", shown_name(path)).replace("%2", summary.line()), 10000)
            if summary.failed:
                self.win.show_error(QCoreApplication.translate(
                    "FolderExport", "%1 pages could not be exported; the reasons are in the errors file beside %2.")
                    .replace("%1", str(len(summary.failed))).replace("%2", shown_name(path)))

    def shutdown(self):
        self._cancel.set()
        self._pool.shutdown(wait=True)
