"""The raw lines as a list model over the document.

Model rows are document rows, or only the non-blank ones when blank lines are folded: the
fold is a row map kept here (a proxy that filters a million rows on every change would be
slow). The model never changes the document; an edit is handed to ``edit_handler`` which
pushes an operation through the undo stack.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, Qt

from app.document import LABEL, Document
from .plain import tooltip
from .rule_text import rule_name, rule_text

DOC_ROW_ROLE = Qt.ItemDataRole.UserRole + 1


_FIXED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE = _FIXED | Qt.ItemFlag.ItemIsEditable


class LinesModel(QAbstractListModel):
    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._map: array | None = None     # model row -> document row, when folded
        self.edit_handler = None            # callable(doc_row, text)
        self._count = len(doc)

    # ---- the fold ------------------------------------------------------------------
    @property
    def folded(self):
        return self._map is not None

    def set_folded(self, folded: bool):
        if folded == self.folded:
            return
        self.beginResetModel()
        self._map = self._build_map() if folded else None
        self.endResetModel()

    def _build_map(self):
        return array("l", (i for i, lab in enumerate(self.doc.label) if lab is not None))

    def doc_row(self, model_row: int) -> int:
        return self._map[model_row] if self._map is not None else model_row

    def model_row(self, doc_row: int) -> int:
        """The model row showing ``doc_row``, or the nearest shown row after it (before it at
        the end) when it is folded away."""
        if self._map is None:
            return doc_row
        i = bisect_left(self._map, doc_row)
        return min(i, len(self._map) - 1)

    def index_of(self, doc_row: int) -> QModelIndex:
        if doc_row is None or self.rowCount() == 0:
            return QModelIndex()
        return self.index(self.model_row(doc_row), 0)

    # ---- following the document ----------------------------------------------------
    def set_document(self, doc: Document):
        self.beginResetModel()
        self.doc = doc
        if self._map is not None:
            self._map = self._build_map()
        self.endResetModel()

    def on_change(self, change):
        if change.structure:
            self.beginResetModel()
            if self._map is not None:
                self._map = self._build_map()
            self.endResetModel()
            return
        if self._map is not None and any(not self._shown(r) for a, b in change.rows
                                         if b - a == 1 for r in (a,) if self.doc.label[r] is not None):
            # a blank line that gained text (only an edit of one row does that) must appear
            self.beginResetModel()
            self._map = self._build_map()
            self.endResetModel()
            return
        spans = [(a, b) for a, b in change.rows if b > a]
        if not spans or self.rowCount() == 0:
            return
        # one notice for the span of them all: a re-suggest names dozens of scattered rows,
        # and the view repaints what is on screen for a range notice whatever its size
        top = self.model_row(min(a for a, _ in spans))
        bottom = self.model_row(max(b for _, b in spans) - 1)
        self.dataChanged.emit(self.index(top, 0), self.index(bottom, 0))

    def _shown(self, r):
        i = bisect_left(self._map, r)
        return i < len(self._map) and self._map[i] == r

    # ---- QAbstractListModel ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        # Qt asks once per row while laying out the list: keep it a bare attribute read
        if parent.isValid():
            return 0
        return self._count

    def endResetModel(self):
        self._count = len(self._map) if self._map is not None else len(self.doc)
        super().endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        r = self.doc_row(index.row())
        doc = self.doc
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return doc.current_text(r)
        if role == DOC_ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(why_text(doc, r))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{doc.src[r]} {doc.label[r] or ''} {doc.current_text(r)}"
        return None

    def flags(self, index):
        # asked for every row painted: the two answers are made once
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self.doc.label[self.doc_row(index.row())] is not None else _FIXED

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        self.edit_handler(self.doc_row(index.row()), str(value))
        return True


LABEL_NAMES = (  # shown through QCoreApplication.translate("labels", label)
    QT_TRANSLATE_NOOP("labels", "kicker"),
    QT_TRANSLATE_NOOP("labels", "headline"),
    QT_TRANSLATE_NOOP("labels", "subtitle"),
    QT_TRANSLATE_NOOP("labels", "byline"),
    QT_TRANSLATE_NOOP("labels", "subheading"),
    QT_TRANSLATE_NOOP("labels", "paragraph"),
    QT_TRANSLATE_NOOP("labels", "caption"),
    QT_TRANSLATE_NOOP("labels", "noise"),
)


def why_lines(doc: Document, r: int) -> list[tuple[str, str]]:
    """The rule and confidence behind a row's decisions, a line each, with the sentence
    saying what the line's rule means ("" where there is none)."""
    lab = doc.label[r]
    if lab is None:
        return [(QCoreApplication.translate("LinesModel", "blank line"), "")]
    w = doc.why[r]
    state = (QCoreApplication.translate("LinesModel", "confirmed") if doc.confirmed[r] & LABEL
             else QCoreApplication.translate("LinesModel", "suggested"))
    line = QCoreApplication.translate("LinesModel", "line %1: %2 (%3)")
    out = [(line.replace("%1", str(doc.src[r])).replace("%2", QCoreApplication.translate("labels", lab))
            .replace("%3", state), "")]
    if w is not None:
        for kind, what, rule, conf in (
                ("label", QCoreApplication.translate("LinesModel", "label: %1 %2"), w.label_rule, w.label_conf),
                ("break", QCoreApplication.translate("LinesModel", "paragraph end: %1 %2"), w.break_rule, w.break_conf),
                ("article", QCoreApplication.translate("LinesModel", "article: %1 %2"), w.article_rule, w.article_conf)):
            name, meaning = rule_name(kind, str(rule)), rule_text(kind, str(rule))
            out.append((what.replace("%1", name).replace("%2", f"{conf:.2f}"), "" if meaning == name else meaning))
    if doc.edited[r] is not None:
        raw = doc.text[r]
        if len(raw) > RAW_SHOWN:     # a status bar label lays out all it holds, a page line can be megabytes
            raw = raw[:RAW_SHOWN] + "…"
        out.append((QCoreApplication.translate("LinesModel", "edited; raw text: %1").replace("%1", raw), ""))
    return out


RAW_SHOWN = 200     # characters of an edited line's raw text the status bar and tooltip show


def explained(lines) -> str:
    """:func:`why_lines` as a tooltip: a line each, with what its rule means."""
    return "\n".join(f"{text} — {meaning}" if meaning else text for text, meaning in lines)


def why_text(doc: Document, r: int) -> str:
    """Tooltip text: the rule and confidence behind a row's decisions, and what they mean."""
    return explained(why_lines(doc, r))
