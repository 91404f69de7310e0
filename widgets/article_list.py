"""The article list dock: number, headline or first words, line count, share confirmed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.article_index import percent
from app.commands import article_title

from .plain import tooltip


DEFER_MS = 60    # ms without changes before the list shows them


def _tr(s):
    return QCoreApplication.translate("ArticleList", s)


class ArticlesModel(QStandardItemModel):
    """One row per article in reading order. The texts live in Qt's items, so painting
    the list calls no Python; a change rewrites the rows of the articles it touched. The
    numbers are the view's row headers: an article that comes or goes renumbers the rest
    without a write per row."""
    COLUMNS = (QT_TRANSLATE_NOOP("ArticleList", "No."), QT_TRANSLATE_NOOP("ArticleList", "Headline"),
               QT_TRANSLATE_NOOP("ArticleList", "Lines"), QT_TRANSLATE_NOOP("ArticleList", "Confirmed"))
    _RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    flushed = Signal()      # the rows show the changes noted so far

    def __init__(self, parent=None):
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.doc = None
        self.articles = None
        self._order: list[int] = []
        self._titles: dict[int, str] = {}
        # a change is written into the rows when typing pauses: inserting or removing a
        # row repaints the whole list (its texts laid out again), which cost a key press
        # as much as the preview itself; a burst of keys is then one update
        self._pending: set[int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEFER_MS)
        self._timer.timeout.connect(self.flush)

    def set_document(self, doc, articles):
        self.doc, self.articles = doc, articles
        self._titles = {}
        self._pending = None
        self._timer.stop()
        self.removeRows(0, self.rowCount())
        self._order = list(articles.order())
        for i, aid in enumerate(self._order):
            self.appendRow(self._row_items(i, aid))

    def _row_items(self, i, aid):
        items = [QStandardItem(t) for t in self._texts(i, aid)]
        for k, item in enumerate(items):
            item.setEditable(False)
            if k != 1:
                item.setTextAlignment(self._RIGHT)
        items[1].setToolTip(tooltip(items[1].text()))     # a headline is page text, not markup
        return items

    def _texts(self, i, aid):
        lines, done = self.articles.stats(aid)
        return ("", self.title(aid), str(lines), f"{percent(done, lines)}%")

    def on_change(self, touched):
        """Note the articles a change touched; the rows follow when typing pauses."""
        for a in touched:
            self._titles.pop(a, None)
        if self._pending is None:
            self._pending = set()
        self._pending |= set(touched)
        self._timer.start()

    def pending(self) -> bool:
        return self._pending is not None

    def flush(self):
        """Write the changes noted since the last flush into the rows."""
        self._timer.stop()
        touched, self._pending = self._pending, None
        if touched is None or self.doc is None:
            return
        self._apply(touched)
        self.flushed.emit()

    def _apply(self, touched):
        new = list(self.articles.order())
        old = self._order
        if new != old:
            new_set, old_set = set(new), set(old)
            keep = [a for a in old if a in new_set]
            if keep != [a for a in new if a in old_set]:
                keep = []      # articles changed places: rebuild the rows
            # remove from the bottom up, then insert top down, so row numbers stay valid
            for i in range(len(old) - 1, -1, -1):
                if old[i] not in new_set or not keep:
                    self.removeRow(i)
            have = set(keep)
            for i, aid in enumerate(new):
                if aid not in have:
                    self.insertRow(i, self._row_items(i, aid))
            self._order = new
        rows = {a: i for i, a in enumerate(self._order)}
        for a in touched:
            i = rows.get(a)
            if i is None:
                continue
            for k, t in enumerate(self._texts(i, a)):
                item = self.item(i, k)
                if item.text() != t:
                    item.setText(t)
                    if k == 1:
                        item.setToolTip(tooltip(t))

    def article_id(self, row):
        return self._order[row] if 0 <= row < len(self._order) else None

    def title(self, aid):
        """The article's headline or first words, as of now (not as of the last flush)."""
        t = self._titles.get(aid)
        if t is None:
            t = self._titles[aid] = article_title(self.doc, self.articles.rows(aid))
        return t


class ArticleList(QTableView):
    article_activated = Signal(int)     # article id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("articleList")
        self.model_ = ArticlesModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vh = self.verticalHeader()     # the article numbers
        vh.setDefaultSectionSize(self.fontMetrics().height() + 6)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        h = self.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would measure every row of a long page
        fm = self.fontMetrics()
        for c, sample in ((2, "00000"), (3, "100%")):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(c, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(_tr(self.model_.COLUMNS[c]))) + 18)
        self.hideColumn(0)     # "No." is the row header
        self.setAlternatingRowColors(True)
        self._shown_aid = None       # the article of the cursor, shown once the rows are current
        self.model_.flushed.connect(lambda: self._shown_aid is not None and self.show_article(self._shown_aid))
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    # the reader turns to the list: it shows the last changes before it is used
    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        self.model_.flush()
        super().focusInEvent(event)

    def mousePressEvent(self, event):  # noqa: N802 - Qt's name
        self.model_.flush()
        super().mousePressEvent(event)

    def _activate(self, index):
        aid = self.model_.article_id(index.row())
        if aid is not None:
            self.article_activated.emit(aid)

    def show_article(self, aid):
        """Select the row of the article the cursor is in, without stealing focus (once
        the rows show the last changes, if they do not yet)."""
        self._shown_aid = aid
        if self.model_.pending():
            return
        try:
            row = self.model_._order.index(aid)
        except ValueError:
            return
        if self.currentIndex().row() != row:
            self.selectRow(row)
