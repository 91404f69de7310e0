"""What the marks of the raw lines pane mean: the legend shown in the cheat sheet (F1) and,
entry by entry, as the tooltip of the part of a row the mouse is over.

Each entry is a small picture drawn as the pane draws it, and a sentence.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel

from .lines_view import LABEL_COLORS, LABEL_LETTERS


def _tr(s):
    return QCoreApplication.translate("Legend", s)


NUMBER = QT_TRANSLATE_NOOP("Legend", "Line number in the page file; ✎ before it: the line's text was edited.")
BAR = QT_TRANSLATE_NOOP("Legend", "Width bar: how wide the line is against its article's column. A short bar is a "
                                  "short line (a paragraph's last line, a title); orange: wider than the column.")
BAND = QT_TRANSLATE_NOOP("Legend", "Label band: the line's label by its colour and letter. Pale with a dark letter: "
                                   "suggested; solid with a white letter: confirmed.")
TEXT = QT_TRANSLATE_NOOP("Legend", "Grey italic text: the engine's suggestion; black: confirmed (Space). "
                                   "· and □ show half-width and full-width spaces.")
END = QT_TRANSLATE_NOOP("Legend", "¶ the paragraph ends after this line (pale: suggested).")
GOES_ON = QT_TRANSLATE_NOOP("Legend", "↪ N: the paragraph left open on this line goes on at line N (printed out of "
                            "line order); ↩ M: the line goes on from line M's paragraph. G on both lines links, Shift+G unlinks.")
START = QT_TRANSLATE_NOOP("Legend", "Blue rule and #n: article n starts on this line. Rows of one article share a tint.")
LABEL_LINE = QT_TRANSLATE_NOOP("Legend", "%1 (%2)")


def swatch(label: str, solid: bool = True, size: int = 18) -> QPixmap:
    """The label band as the pane paints it: its colour with its letter."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    c = QColor(LABEL_COLORS[label])
    if not solid:
        c.setAlpha(90)
    p.fillRect(QRect(0, 1, size, size - 2), c)
    f = QFont()
    f.setBold(True)
    f.setPixelSize(int(size * 0.6))
    p.setFont(f)
    p.setPen(QColor("#ffffff") if solid else QColor("#333333"))
    p.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, LABEL_LETTERS[label])
    p.end()
    return pm


def label_icon(label: str) -> QIcon:
    return QIcon(swatch(label))


def _bar(fraction: float, over: bool = False) -> QPixmap:
    pm = QPixmap(30, 18)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.fillRect(QRect(3, 7, 24, 4), QColor("#dddddd"))
    p.fillRect(QRect(3, 7, int(24 * fraction), 4), QColor("#d9480f" if over else "#495057"))
    p.end()
    return pm


def _glyph(text: str, color: str, bold=False) -> QPixmap:
    pm = QPixmap(30, 18)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    f = QFont()
    f.setBold(bold)
    f.setPixelSize(13)
    p.setFont(f)
    p.setPen(QColor(color))
    p.drawText(QRect(0, 0, 30, 18), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    return pm


class Legend(QGroupBox):
    """The legend: a picture and a sentence per mark, then the label colours."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("Legend", "What the raw lines show"), parent)
        self.setObjectName("legend")
        grid = QGridLayout(self)
        grid.setVerticalSpacing(6)
        rows = [
            ([_glyph("123", "#7a7a7a"), _glyph("✎", "#1c7c54")], NUMBER),
            ([_bar(0.8), _bar(0.3), _bar(1.0, over=True)], BAR),
            ([swatch("paragraph", False), swatch("paragraph", True)], BAND),
            ([_glyph("文·", "#5c6670"), _glyph("文", "#111111")], TEXT),
            ([_glyph("¶", "#a5c8cf"), _glyph("¶", "#0b7285")], END),
            ([_glyph("↪", "#0b7285"), _glyph("↩", "#0b7285")], GOES_ON),
            ([_glyph("#2", "#1864ab", bold=True)], START),
        ]
        r = 0
        for pictures, text in rows:
            self._row(grid, r, pictures, _tr(text))
            r += 1
        for lab in LABEL_COLORS:
            name = QCoreApplication.translate("labels", lab)
            self._row(grid, r, [swatch(lab, False), swatch(lab, True)],
                      _tr(LABEL_LINE).replace("%1", name).replace("%2", LABEL_LETTERS[lab]))
            r += 1
        grid.setColumnStretch(1, 1)

    def _row(self, grid, r, pictures, text):
        pics = QLabel(self)
        pm = QPixmap(sum(p.width() + 2 for p in pictures), max(p.height() for p in pictures))
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        x = 0
        for p in pictures:
            painter.drawPixmap(x, 0, p)
            x += p.width() + 2
        painter.end()
        pics.setPixmap(pm)
        words = QLabel(text, self)
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        grid.addWidget(pics, r, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(words, r, 1)


def part_tooltip(part: str) -> str:
    """The legend's sentence for a part of a row ("number", "bar", "band", "text")."""
    return _tr({"number": NUMBER, "bar": BAR, "band": BAND, "text": TEXT}[part])
