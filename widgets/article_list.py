"""The article list dock: number, headline or first words, line count, share confirmed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.commands import article_title


def _tr(s):
    return QCoreApplication.translate("ArticleList", s)


class ArticlesModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("ArticleList", "No."), QT_TRANSLATE_NOOP("ArticleList", "Headline"),
               QT_TRANSLATE_NOOP("ArticleList", "Lines"), QT_TRANSLATE_NOOP("ArticleList", "Confirmed"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc = None
        self.articles = None
        self._order: list[int] = []
        self._titles: dict[int, str] = {}

    def set_document(self, doc, articles):
        self.beginResetModel()
        self.doc, self.articles = doc, articles
        self._order = list(articles.order())
        self._titles = {}
        self.endResetModel()

    def on_change(self, touched):
        for a in touched:
            self._titles.pop(a, None)
        new = list(self.articles.order())
        if new != self._order:
            self.beginResetModel()
            self._order = new
            self.endResetModel()
            return
        for i, a in enumerate(self._order):
            if a in touched:
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def article_id(self, row):
        return self._order[row] if 0 <= row < len(self._order) else None

    def title(self, aid):
        t = self._titles.get(aid)
        if t is None:
            t = self._titles[aid] = article_title(self.doc, self.articles.rows(aid))
        return t

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._order)):
            return None
        aid = self._order[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(index.row() + 1)
            if col == 1:
                return self.title(aid)
            lines, done = self.articles.stats(aid)
            if col == 2:
                return str(lines)
            return f"{round(100 * done / lines) if lines else 0}%"
        if role == Qt.ItemDataRole.TextAlignmentRole and col != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return self.title(aid)
        return None


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
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        h = self.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would measure every row of a long page
        fm = self.fontMetrics()
        for c, sample in ((0, "0000"), (2, "00000"), (3, "100%")):
            h.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(c, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(_tr(self.model_.COLUMNS[c]))) + 18)
        self.setAlternatingRowColors(True)
        self.clicked.connect(self._activate)
        self.activated.connect(self._activate)

    def _activate(self, index):
        aid = self.model_.article_id(index.row())
        if aid is not None:
            self.article_activated.emit(aid)

    def show_article(self, aid):
        """Select the row of the article the cursor is in, without stealing focus."""
        try:
            row = self.model_._order.index(aid)
        except ValueError:
            return
        if self.currentIndex().row() != row:
            self.selectRow(row)
