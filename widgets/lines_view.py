"""The raw lines pane: a list view whose delegate paints, per line, the source line number,
a small bar of the line's width against its article's column, a colour band for its label,
the raw text with its spaces made visible, and a paragraph-end mark.

Engine suggestions are drawn dim and italic with a pale band; confirmed decisions solid.
Articles alternate in tint and a rule marks where each one starts.

The pane's single-letter keys are QActions with a widget shortcut context added to this
view (see widgets/actions.py), so they act only while the pane has focus.
"""
from __future__ import annotations

import heapq
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPen, QStaticText, QValidator
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QStyle, QStyledItemDelegate, QToolTip

from app import line_text
from app.commands import typing_refused
from app.document import ALL, BREAK, LABEL, TEXT
from app.goes_on import marks as goes_on_marks
from app.rules.chars import width

LABEL_COLORS = {
    "headline": "#d0343a", "subtitle": "#e8812a", "kicker": "#8e5cc2", "byline": "#2f9e44",
    "subheading": "#9c6b3c", "paragraph": "#6f8fb0", "caption": "#1aa3b3", "noise": "#8a8a8a",
}
LABEL_LETTERS = {"headline": "H", "subtitle": "S", "kicker": "K", "byline": "B",
                 "subheading": "T", "paragraph": "P", "caption": "C", "noise": "X"}
_SPACES = " \t\u3000\u00a0"
_TINT = (QColor("#ffffff"), QColor("#eef3f9"))
# colours made once: a repaint draws dozens of rows with them
_C = {name: QColor(hex_) for name, hex_ in {
    "blank": "#fafafa", "selected": "#ffd666", "gutter": "#f0f0f0", "number": "#7a7a7a",
    "edited": "#1c7c54", "track": "#dddddd", "over": "#d9480f", "fill": "#495057", "white": "#ffffff",
    "letter": "#333333", "ink": "#111111", "dim": "#5c6670", "space": "#8c96a0", "end": "#0b7285",
    "end_dim": "#a5c8cf", "start": "#1864ab", "focus": "#e67700"}.items()}
_HIGHLIGHT = QColor(255, 214, 102, 150)
_BANDS = {(lab, solid): QColor(c) if solid else QColor(QColor(c).red(), QColor(c).green(), QColor(c).blue(), 90)
          for lab, c in LABEL_COLORS.items() for solid in (True, False)}


class LineEditor(QLineEdit):
    """The F2 editor: one line of at most :data:`app.line_text.MAX_CHARS` characters (a
    longer line of the page keeps its length), gaining no control character. Qt cuts a
    longer paste and undoes what the validator refuses, then says ``inputRejected``."""

    def __init__(self, parent):
        super().__init__(parent)
        self.before = ""              # the text it opened with
        self.setValidator(_NoNewControls(self))

    def start(self, text):
        self.before = text
        self.setMaxLength(max(line_text.MAX_CHARS, len(text)))   # before the text: Qt would cut it
        self.setText(text)


class _NoNewControls(QValidator):
    def validate(self, text, pos):
        bad = line_text.new_controls(text, self.parent().before)
        return QValidator.State.Invalid if bad else QValidator.State.Acceptable


class LinesDelegate(QStyledItemDelegate):
    split_requested = Signal(int, int)   # document row, offset
    notice = Signal(object)              # app.commands.Notice: what the line editor refused

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.articles = None          # app.article_index.ArticleIndex, set by the window
        self.split_keys = [QKeySequence("Ctrl+Return")]
        self._fonts()

    def _fonts(self):
        f = QFont(self.view.font())
        self.font = f
        self.italic = QFont(f)
        self.italic.setItalic(True)
        self.small = QFont(f)
        self.small.setPointSizeF(max(6.0, f.pointSizeF() * 0.75))
        self.bold_small = QFont(self.small)
        self.bold_small.setBold(True)
        self.fm = QFontMetrics(f)
        self.fm_italic = QFontMetrics(self.italic)
        self.fm_small = QFontMetrics(self.small)
        self.row_height = self.fm.height() + 6
        self._num_w = {}     # digits of the last line number -> gutter width
        self._cols = {}      # the row geometry at the top of the pane, by row size
        self._statics = {}   # (text shown, run, plain font) -> (QStaticText, advance)

    # geometry of a row, left to right
    def columns(self, rect):
        """The number, width bar, label band and text rectangles of a row as seen: the
        first three stay put while a long line scrolls sideways, and the text one is the
        part of the row that shows text (its text starts ``view.horizontalOffset()`` to
        the left of it)."""
        doc = self.view.model().doc
        digits = max(3, len(str(doc.src[-1])) if doc.src else 1)
        num_w = self._num_w.get(digits)
        if num_w is None:
            num_w = self._num_w[digits] = self.fm_small.horizontalAdvance("0" * digits) + 14
        bar_w, band_w = 30, 18
        left = rect.left() + self.view.horizontalOffset()
        right = min(rect.right(), left + self.view.viewport().width() - 1)
        key = (num_w, left, right, rect.height())
        cols = self._cols.get(key)
        if cols is None:
            if len(self._cols) > 64:
                self._cols.clear()
            top = 0
            num = QRect(left, top, num_w, rect.height())
            bar = QRect(num.right() + 1, top, bar_w, rect.height())
            band = QRect(bar.right() + 5, top, band_w, rect.height())
            text = QRect(band.right() + 7, top, right - band.right() - 7, rect.height())
            cols = self._cols[key] = (num, bar, band, text)
        dy = rect.top()
        return tuple(c.translated(0, dy) for c in cols)

    def gutter_width(self):
        doc = self.view.model().doc
        digits = max(3, len(str(doc.src[-1])) if doc.src else 1)
        return self.fm_small.horizontalAdvance("0" * digits) + 14 + 31 + 5 + 18 + 7

    text_width = 0      # the widest line's text, for the sideways scroll (see LinesView.measure)

    def sizeHint(self, option, index):
        return QSize(max(200, self.gutter_width() + self.text_width + 24), self.row_height)

    def paint(self, painter, option, index):
        model = index.model()
        doc = model.doc
        r = model.doc_row(index.row())
        rect = option.rect
        lab, aid = doc.label[r], doc.article[r]
        arts = self.articles
        number = arts.number(aid) if arts is not None and lab is not None else 0
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, _TINT[number % 2 == 0] if number else _C["blank"])
        num, bar, band, text_rect = self.columns(rect)
        if selected:
            painter.fillRect(QRect(num.right() + 1, rect.top(), rect.right() - num.right(), rect.height()), _HIGHLIGHT)
        self._paint_number(painter, num, selected, doc.src[r], doc.edited[r] is not None)
        if lab is not None:
            runs, cells = _shape(doc.current_text(r))
            self._paint_width(painter, bar, rect, cells, arts.column_width(aid) if arts is not None else 0.0)
            self._paint_band(painter, band, lab, doc.confirmed[r])
            self._paint_text(painter, text_rect, runs, doc, r)
        if lab is not None and arts is not None and arts.first_row(aid) == r:
            self._paint_article_start(painter, rect, num.right(), text_rect.right(), number)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(_C["focus"], 1))
            painter.drawRect(QRect(num.right() + 1, rect.top(), text_rect.right() - num.right() - 1, rect.height() - 1))
        painter.restore()

    def _paint_number(self, painter, num, selected, line, edited):
        """The line number, and a pencil when the text was edited."""
        painter.fillRect(num, _C["gutter"] if not selected else _C["selected"])
        painter.setFont(self.small)
        painter.setPen(_C["number"])
        painter.drawText(num.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(line))
        if edited:
            painter.setPen(_C["edited"])
            painter.drawText(num.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "✎")

    def _paint_width(self, painter, bar, rect, cells, col):
        """The line's width against its article's column (``col`` cells): a short last line
        or a lost indent stands out."""
        track = bar.adjusted(3, rect.height() // 2 - 2, -3, -(rect.height() // 2 - 2))
        painter.fillRect(track, _C["track"])
        if col > 0:
            frac = cells / col
            w = int(track.width() * min(frac, 1.0))
            painter.fillRect(QRect(track.left(), track.top(), w, track.height()),
                             _C["over"] if frac > 1.08 else _C["fill"])

    def _paint_band(self, painter, band, lab, confirmed):
        """The label's letter on its colour; solid when the label is confirmed."""
        painter.fillRect(band.adjusted(0, 1, 0, -1), _BANDS[lab, bool(confirmed & LABEL)])
        painter.setFont(self.bold_small)
        painter.setPen(_C["white"] if confirmed & LABEL else _C["letter"])
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, LABEL_LETTERS[lab])

    def _paint_text(self, painter, text_rect, runs, doc, r):
        """The text, spaces shown as dots, suggestions dim and italic; ¶ where a paragraph
        ends."""
        confirmed = doc.confirmed[r]
        done = confirmed & ALL == ALL
        painter.setFont(self.font if done else self.italic)
        fm = self.fm if done else self.fm_italic
        ink = _C["ink"] if done else _C["dim"]
        if confirmed & TEXT and doc.edited[r] is not None:
            ink = _C["edited"]
        painter.setClipRect(text_rect.adjusted(-2, 0, 0, 0))    # the gutter stays clear
        x = text_rect.left() - self.view.horizontalOffset()
        base = text_rect.top() + (text_rect.height() + fm.ascent() - fm.descent()) // 2
        right = text_rect.right()
        top = base - fm.ascent()
        for run, is_space, marks in runs:
            if x > right:
                break
            # laid-out text kept per run: shaping is most of what drawing a line costs,
            # and the rows on screen are painted again and again
            st, adv = self._static(marks, run, done)
            painter.setPen(_C["space"] if is_space else ink)
            painter.drawStaticText(QPointF(x, top), st)
            x += adv
        if doc.para_end[r]:
            painter.setFont(self.font)
            painter.setPen(_C["end"] if confirmed & BREAK else _C["end_dim"])
            painter.drawText(x + 3, base, "¶")
        if doc.goes_on:
            self._paint_goes_on(painter, x, base, doc, r)
        painter.setClipping(False)

    def _paint_goes_on(self, painter, x, base, doc, r):
        """Where a paragraph printed in pieces goes on, or comes from (app.goes_on), after
        the text in the colour of the ¶ (solid when a person set the link)."""
        fwd, back = goes_on_marks(doc)
        if r in fwd:
            line, s = doc.src[r], fwd[r]
            tag = QCoreApplication.translate("LinesView", "↪ goes on at line %1").replace("%1", str(doc.src[s]))
        elif r in back:
            line = doc.src[back[r]]
            tag = QCoreApplication.translate("LinesView", "↩ comes from line %1").replace("%1", str(line))
        else:
            return
        painter.setFont(self.small)
        painter.setPen(_C["end"] if line in doc.goes_on_person else _C["end_dim"])
        painter.drawText(int(x) + 18, base, tag)

    def _paint_article_start(self, painter, rect, left, right, number):
        """A rule across the row and the article's number, where an article starts."""
        painter.setPen(QPen(_C["start"], 2))
        painter.drawLine(left, rect.top() + 1, right, rect.top() + 1)
        painter.setFont(self.bold_small)
        tag = f"#{number}"
        tw = self.fm_small.horizontalAdvance(tag) + 8
        tag_rect = QRect(right - tw - 4, rect.top() + 2, tw, self.fm_small.height())
        painter.fillRect(tag_rect, _C["start"])
        painter.setPen(_C["white"])
        painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)

    def _static(self, shown, run, plain):
        """(QStaticText of ``shown``, the advance of ``run``) in the plain or italic font."""
        key = (shown, run, plain)
        hit = self._statics.get(key)
        if hit is None:
            if len(self._statics) > 8192:
                self._statics.clear()
            st = QStaticText(shown)
            st.setTextFormat(Qt.TextFormat.PlainText)
            st.prepare(font=self.font if plain else self.italic)
            fm = self.fm if plain else self.fm_italic
            hit = self._statics[key] = (st, fm.horizontalAdvance(run))
        return hit

    # ---- in-place editing (F2) -------------------------------------------------------
    def createEditor(self, parent, option, index):
        ed = LineEditor(parent)
        ed.setFont(self.font)
        ed.setFrame(False)
        ed.setObjectName("lineEditor")
        ed.installEventFilter(self)
        # line ends pasted in stay (the commit splits the line there and says so)
        ed.inputRejected.connect(lambda: self.notice.emit(typing_refused(ed.text(), ed.before, ed.maxLength())))
        return ed

    def setEditorData(self, editor, index):
        editor.start(index.data(Qt.ItemDataRole.EditRole) or "")

    def updateEditorGeometry(self, editor, option, index):
        editor.setGeometry(self.columns(option.rect)[3].adjusted(-2, 0, 0, 0))

    def eventFilter(self, obj, event):
        if isinstance(obj, QLineEdit) and event.type() == QEvent.Type.ShortcutOverride:
            # the pane's own keys (Enter toggles a paragraph end...) must not fire while
            # typing in the line editor: every key is the editor's
            event.accept()
            return True
        if isinstance(obj, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            seq = QKeySequence(event.keyCombination())
            pressed = seq.toString(QKeySequence.SequenceFormat.PortableText)
            alt = pressed.replace("Enter", "Return")
            if any(k.toString(QKeySequence.SequenceFormat.PortableText) in (pressed, alt) for k in self.split_keys):
                row = self.view.model().doc_row(self.view.currentIndex().row())
                offset = obj.cursorPosition()
                self.closeEditor.emit(obj, QStyledItemDelegate.EndEditHint.NoHint)
                self.split_requested.emit(row, offset)
                return True
        return super().eventFilter(obj, event)


@lru_cache(maxsize=4096)
def _shape(text):
    """What painting a line needs of its text, kept for the rows on screen: its runs of
    spaces and other characters (run, is_space, the marks shown for spaces) and its width."""
    return tuple((run, sp, "".join("□" if c == "\u3000" else "·" for c in run) if sp else run)
                 for run, sp in _runs(text)), width(text)


def _runs(text):
    """Alternating runs of spaces and other characters: (run, is_space)."""
    out, start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (text[i] in _SPACES) != (text[start] in _SPACES):
            out.append((text[start:i], text[start] in _SPACES))
            start = i
    return out


class LinesView(QListView):
    current_row_changed = Signal(int)      # document row
    selection_changed_rows = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("linesView")
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        # a line wider than the pane (a paragraph a line) scrolls sideways, its gutter staying
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setLayoutMode(QListView.LayoutMode.SinglePass)
        f = self.font()
        f.setPointSizeF(max(f.pointSizeF(), 10.5))
        self.setFont(f)
        self.delegate = LinesDelegate(self)
        self.setItemDelegate(self.delegate)

    def dataChanged(self, top_left, bottom_right, roles=()):
        # QListView answers any dataChanged with a layout of every row (a quarter second on
        # 100k lines); rows here all have one height and never change size, so a repaint of
        # the changed rows is all that is needed
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))

    def keyboardSearch(self, search):
        # type-ahead search would walk every row; letters are commands here
        pass

    def setModel(self, model):
        old = self.selectionModel()
        super().setModel(model)
        if old is not None and old is not self.selectionModel():
            old.deleteLater()
        self.selectionModel().currentChanged.connect(self._current)
        self.measure()
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed_rows.emit())

    LONGEST = 200     # the lines with most characters measured for the widest one

    def measure(self):
        """Find how wide the widest line's text is, so the rows are that wide and the pane
        scrolls sideways to its end; done for each page opened (a split only shortens
        lines). Only the lines with most characters are laid out (a line of n characters
        is at most n wide ones)."""
        doc = self.model().doc if self.model() is not None else None
        if doc is None:
            return
        texts = (doc.current_text(r) for r in range(len(doc))) if any(doc.edited) else doc.text
        longest = heapq.nlargest(self.LONGEST, texts, key=len)
        fm = self.delegate.fm
        self.delegate.text_width = max((fm.horizontalAdvance(t) for t in longest), default=0) + \
            fm.horizontalAdvance("¶") + 6

    def part_at(self, pos) -> str | None:
        """Which part of a row the viewport point ``pos`` is over: "number", "bar",
        "band" or "text" (None off the rows)."""
        idx = self.indexAt(pos)
        if not idx.isValid():
            return None
        num, bar, band, _ = self.delegate.columns(self.visualRect(idx))
        for part, rect in (("number", num), ("bar", bar), ("band", band)):
            if rect.left() <= pos.x() <= rect.right() + (4 if part != "number" else 0):
                return part
        return "text"

    def viewportEvent(self, event):
        if event.type() == QEvent.Type.ToolTip:
            part = self.part_at(event.pos())
            if part in ("number", "bar", "band"):
                # the marks explained where they are (the text's tooltip is its rules)
                from .legend import part_tooltip
                QToolTip.showText(event.globalPos(), part_tooltip(part), self.viewport())
                return True
        return super().viewportEvent(event)

    def scrollContentsBy(self, dx, dy):
        super().scrollContentsBy(dx, dy)
        if dx:
            # the gutter stays put as the rows move under it: paint it again
            self.viewport().update()

    def _current(self, cur, prev):
        if cur.isValid():
            self.current_row_changed.emit(self.model().doc_row(cur.row()))

    # ---- the selection in document rows ------------------------------------------------
    def current_doc_row(self):
        idx = self.currentIndex()
        if not idx.isValid():
            return None
        return self.model().doc_row(idx.row())

    def selected_doc_rows(self) -> list[int]:
        """Selected document rows; the current row when nothing is selected."""
        m = self.model()
        rows = []
        for rng in self.selectionModel().selection():
            rows.extend(m.doc_row(i) for i in range(rng.top(), rng.bottom() + 1))
        if not rows:
            cur = self.current_doc_row()
            return [] if cur is None else [cur]
        return sorted(set(rows))

    _jumping = False

    def selectionCommand(self, index, event=None):
        # a jump made by a command selects just its target whatever modifiers are held
        # (Shift+N must not extend the selection); the view's own keys keep Qt's rules
        if self._jumping:
            return QItemSelectionModel.SelectionFlag.ClearAndSelect
        return super().selectionCommand(index, event)

    def _jump(self, index):
        """Make ``index`` current and the anchor for Shift+movement."""
        self._jumping = True
        try:
            if index == self.currentIndex():
                # Qt moves the Shift anchor only when the current index changes
                self.selectionModel().setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.setCurrentIndex(index)
        finally:
            self._jumping = False

    def go_to(self, doc_row, extend_to=None):
        """Make ``doc_row`` current (selecting it, or the range to ``extend_to``) and show it."""
        m = self.model()
        if doc_row is None or m is None or m.rowCount() == 0:
            return
        idx = m.index_of(doc_row)
        # a jump out of sight lands in the middle of the pane, with context either side;
        # a row already on screen stays where it is
        on_screen = self.visualRect(idx).intersects(self.viewport().rect())
        self._jump(idx)
        if extend_to is not None:
            other = m.index_of(extend_to)
            top, bottom = (idx, other) if idx.row() <= other.row() else (other, idx)
            F = QItemSelectionModel.SelectionFlag
            self.selectionModel().select(QItemSelection(top, bottom), F.ClearAndSelect)
            self.selectionModel().setCurrentIndex(other, F.NoUpdate)
        self.scrollTo(idx, QAbstractItemView.ScrollHint.EnsureVisible if on_screen
                      else QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_doc_rows(self, rows):
        """Select exactly these document rows (from a preview click); the first is current."""
        m = self.model()
        rows = sorted(set(rows))
        if not rows:
            return
        self._jump(m.index_of(rows[0]))
        sel = QItemSelection()
        for r in rows:
            i = m.index_of(r)
            sel.select(i, i)
        self.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(m.index_of(rows[0]), QAbstractItemView.ScrollHint.PositionAtCenter)
