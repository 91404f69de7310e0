"""A folder of pages in the window: the pages dock, moving between pages, reading ahead.

The dock lists every page of the folder (name, number, lines, status) under the folder's
progress (pages done, lines confirmed). Only names and the one-line summaries of saved
sessions are read to open a folder; line counts and the numbers the pages print (or their
names hold: :mod:`app.folio`) arrive from a worker thread, which reads each page once. A
number a person corrected comes from the session's summary (``page.number``). The
page after the one in view is opened ahead on a worker thread (a long-lived
``ThreadPoolExecutor``: no fork), so the next page comes up at once; what was read ahead is
checked against the disk before it is shown.
"""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app import workspace
from app.article_index import percent
from app.folio import PageNumber
from app.pagework import open_path, same_file


def _tr(s):
    return QCoreApplication.translate("Pages", s)


# Marked for lupdate; translated where they are shown.
STATUS_TEXT = {"new": QT_TRANSLATE_NOOP("Pages", "new"),
               "in progress": QT_TRANSLATE_NOOP("Pages", "in progress"),
               "done": QT_TRANSLATE_NOOP("Pages", "done")}


class Folder(QObject):
    """The pages of a folder, their statuses, the page in view, and what is read ahead."""
    counted = Signal(str, int, object)   # worker -> UI thread: a page's line count and number
    count_known = Signal(str)      # UI thread: a page's line count is in ``lines``, its number in ``numbers``

    def __init__(self, root, pages, parent=None):
        super().__init__(parent)
        self.root = root
        self.pages = pages                       # [workspace.PageEntry]
        self.index = {p.rel: k for k, p in enumerate(pages)}
        self.status = {p.rel: workspace.page_status(p.path) for p in pages}
        self.lines: dict[str, int] = {}
        self.numbers: dict[str, PageNumber | None] = {}     # read from the page (app.folio)
        # a person's corrections: saved ones from the summaries, the page in view's as it goes
        self.corrected = {rel: st.number for rel, st in self.status.items() if st.number}
        self.current: int | None = None
        self.tried: int | None = None           # the last page asked for, opened or not
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="read-ahead")
        self._ahead: dict[str, tuple] = {}        # rel -> (future, the page file's stat then)
        # connected before the worker starts: a count sent to no receiver would be lost
        self.counted.connect(self._keep_count)
        self._pool.submit(self._count_all)

    # ---- progress ----------------------------------------------------------------------
    def _count_all(self):
        for p in self.pages:
            st = self.status[p.rel]
            n, number = _facts(p)
            self.counted.emit(p.rel, st.lines if st.lines is not None else n, number)

    def _keep_count(self, rel, n, number):
        self.lines[rel] = n
        self.numbers[rel] = number
        self.count_known.emit(rel)

    # ---- page numbers ------------------------------------------------------------------
    def page_number(self, rel) -> PageNumber | None:
        """The number the page at ``rel`` prints (or its name holds), read now if the
        worker has not come to it yet."""
        if rel not in self.numbers and rel in self.index:
            self.numbers[rel] = _facts(self.pages[self.index[rel]])[1]
        return self.numbers.get(rel)

    def number_text(self, rel, wait=True) -> str | None:
        """The page's number as the folder goes by: a person's correction, else the page's
        own (``wait=False``: None while the worker has not read it)."""
        if rel in self.corrected:
            return self.corrected[rel]
        found = self.page_number(rel) if wait else self.numbers.get(rel)
        return None if found is None else found.text()

    def progress(self) -> tuple[int, int, int, int]:
        """(pages done, pages, lines confirmed, lines known)."""
        done = sum(s.status == "done" for s in self.status.values())
        confirmed = sum(s.confirmed or 0 for s in self.status.values())
        lines = sum(self.lines.values())
        return done, len(self.pages), confirmed, lines

    # ---- moving ------------------------------------------------------------------------
    def steps(self, k: int) -> range:
        """The pages from the one in view (else the last one tried) onward, ``k`` 1, or
        back, -1, nearest first: where next or previous page looks, in turn."""
        here = self.current if self.current is not None else self.tried
        if here is None:
            return range(len(self.pages))
        return range(here + 1, len(self.pages)) if k > 0 else range(here - 1, -1, -1)

    def not_done_after(self) -> list[int]:
        """The pages after the current one (wrapping round) that are not done, in turn."""
        n = len(self.pages)
        here = self.current if self.current is not None else self.tried
        start = -1 if here is None else here
        order = ((start + k) % n for k in range(1, n + 1))
        return [i for i in order if self.status[self.pages[i].rel].status != "done"]

    def start_page(self) -> int:
        """Where to start: the page open when the folder was last left, else the first."""
        rel = workspace.last_page(self.root)
        return self.index.get(rel, 0) if rel else 0

    # ---- reading ahead -----------------------------------------------------------------
    def read_ahead(self, i: int | None, encoding=None):
        if i is None or not (0 <= i < len(self.pages)):
            return
        entry = self.pages[i]
        if entry.rel in self._ahead:
            return
        self._ahead = {rel: v for rel, v in self._ahead.items() if rel in self._near()}
        self._ahead[entry.rel] = (self._pool.submit(open_path, entry.path, None, encoding), _stat(entry.path))

    def _near(self):
        c = self.current or 0
        return {self.pages[k].rel for k in (c - 1, c + 1) if 0 <= k < len(self.pages)}

    def take_ahead(self, i: int):
        """The page read ahead, if it still matches the disk; else ``None``."""
        entry = self.pages[i]
        got = self._ahead.pop(entry.rel, None)
        if got is None:
            return None
        future, page_stat = got
        try:
            opened = future.result()
        except Exception:  # noqa: BLE001 - opened again in the foreground, where it is reported
            return None
        # anything that may have moved since: the page, its session, a journal left by a
        # window that closed meanwhile (opening again in the foreground sees to each)
        fresh = (_stat(entry.path) == page_stat and same_file(opened.work.session, opened.work.known)
                 and not any(p.exists() for p in _journals(opened)))
        return opened if fresh else None

    def shutdown(self):
        self._pool.shutdown(wait=False, cancel_futures=True)


def _facts(entry):
    """(lines, number) of a page; a page that cannot be read has neither (opening it says why)."""
    try:
        return workspace.page_facts(entry.path, entry.rel)
    except Exception:  # noqa: BLE001 - the worker goes on to the other pages
        return 0, None


def number_tip(read: PageNumber | None, corrected: str | None) -> str:
    """Where a page's number comes from, as the dock's and the status bar's tooltips say:
    ``read`` from the page, ``corrected`` by a person."""
    if corrected is not None:
        page = read.text() if read is not None else QCoreApplication.translate("Pages", "none")
        return QCoreApplication.translate("Pages", "set by you; the page gives %1").replace("%1", page)
    if read is None:
        return QCoreApplication.translate("Pages", "no number in the page's first and last lines or in its file name")
    if read.source == "file-name":
        return QCoreApplication.translate("Pages", "from the file name")
    if read.source == "folio":
        return QCoreApplication.translate("Pages", "from the folio '%1'").replace("%1", read.line.strip())
    return QCoreApplication.translate("Pages", "from the running head '%1'").replace("%1", read.line.strip())


def _stat(path):
    try:
        st = os.stat(path)
        return st.st_ino, st.st_mtime_ns, st.st_size
    except OSError:
        return None


def _journals(opened):
    from app.store import journal_paths
    return journal_paths(opened.work.session)


class PagesModel(QAbstractTableModel):
    """The folder's pages as rows (page, number, lines, status), read from the
    :class:`Folder`: a change costs one row's repaint, whatever the number of pages."""
    COLUMNS = (QT_TRANSLATE_NOOP("Pages", "Page"), QT_TRANSLATE_NOOP("Pages", "No."),
               QT_TRANSLATE_NOOP("Pages", "Lines"), QT_TRANSLATE_NOOP("Pages", "Status"))
    NUMBER, LINES, STATUS = 1, 2, 3

    def __init__(self, folder: Folder, parent=None):
        super().__init__(parent)
        self.folder = folder

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.folder.pages)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        k, c = index.row(), index.column()
        rel = self.folder.pages[k].rel
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(k, c)
        if role == Qt.ItemDataRole.ToolTipRole and c == 0:
            return rel
        if role == Qt.ItemDataRole.ToolTipRole and c == self.NUMBER:
            return self.number_tip(rel)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.NUMBER, self.LINES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            current, corrected = k == self.folder.current, c == self.NUMBER and rel in self.folder.corrected
            if current or corrected:
                font = QFont()
                font.setBold(current)
                font.setItalic(corrected)      # a person's, not the page's
                return font
        return None

    def number_tip(self, rel) -> str | None:
        folder = self.folder
        if rel not in folder.numbers:
            return None                      # not read yet
        return number_tip(folder.numbers[rel], folder.corrected.get(rel))

    def text(self, k, c) -> str:
        rel = self.folder.pages[k].rel
        if c == 0:
            return rel
        if c == self.NUMBER:
            return self.folder.number_text(rel, wait=False) or ""
        if c == self.LINES:
            n = self.folder.lines.get(rel)
            return "" if n is None else str(n)
        st = self.folder.status[rel]
        text = _tr(STATUS_TEXT[st.status])
        if st.status == "in progress" and st.share() is not None:
            text += f" {percent(st.confirmed, st.lines)}%"
        return text

    def refresh_rows(self, rows):
        rows = [k for k in rows if k is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(self.COLUMNS) - 1))


class PagesDock(QWidget):
    """The folder's progress above its list of pages; Enter or a double click opens one."""
    page_chosen = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pagesPanel")
        self.progress = QLabel(self)
        self.progress.setObjectName("folderProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView(self)
        self.table.setObjectName("pagesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # names of one folder differ at their ends (A01.txt, A02.txt; hashes): keep both ends
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.activated.connect(lambda idx: self.page_chosen.emit(idx.row()))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.progress)
        lay.addWidget(self.table)
        self.model = None
        self.folder = None
        self._counted_rows: set[int] = set()
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(100)
        self._flush.timeout.connect(self._flush_counts)

    def set_folder(self, folder: Folder | None):
        self.folder = folder
        self._counted_rows.clear()
        self.model = PagesModel(folder, self) if folder is not None else None
        self.table.setModel(self.model)
        if self.model is not None:
            h = self.table.horizontalHeader()
            # fixed widths: sizing to contents would measure every row at each change
            fm = self.table.fontMetrics()
            m = PagesModel
            h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for c in (m.NUMBER, m.LINES, m.STATUS):
                h.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            h.resizeSection(m.NUMBER, max(fm.horizontalAdvance("A00"), fm.horizontalAdvance(_tr("No."))) + 16)
            h.resizeSection(m.LINES, fm.horizontalAdvance("000000") + 12)
            h.resizeSection(m.STATUS, fm.horizontalAdvance(_tr(STATUS_TEXT["in progress"]) + " 100%") + 16)
            folder.count_known.connect(self._counted)
        self.refresh()

    def _counted(self, rel):
        """Counts arrive by the hundred: the rows and the progress follow at a pause."""
        if self.folder is None or rel not in self.folder.index:
            return
        self._counted_rows.add(self.folder.index[rel])
        if not self._flush.isActive():
            self._flush.start()

    def _flush_counts(self):
        if self.folder is None or self.model is None:
            self._counted_rows.clear()
            return
        rows, self._counted_rows = sorted(self._counted_rows), set()
        self.model.refresh_rows(rows)
        self._show_progress()

    def refresh(self, rows=None):
        if self.folder is None:
            self.progress.setText("")
            return
        self.model.refresh_rows(range(len(self.folder.pages)) if rows is None else rows)
        if self.folder.current is not None:
            self.table.selectRow(self.folder.current)
        self._show_progress()

    def _show_progress(self):
        done, pages, confirmed, lines = self.folder.progress()
        text = QCoreApplication.translate("Pages", "%1 of %2 pages done").replace("%1", str(done)).replace("%2", str(pages))
        if lines:
            text += " · " + QCoreApplication.translate("Pages", "%1 lines confirmed").replace("%1", f"{percent(confirmed, lines)}%")
        self.progress.setText(text)
