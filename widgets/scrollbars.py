"""Flat scroll bars for the panes.

Fusion draws a scroll bar in about a millisecond (gradients, arrows, a frame), and the
preview's bar is drawn again whenever a key changes the preview's height: that was a
tenth of a key press. A bar styled by these rules draws in microseconds and reads as
well: a pale track and a rounded handle.
"""
from __future__ import annotations

QSS = """
QScrollBar:vertical { background: #f1f3f5; width: 12px; margin: 0; }
QScrollBar:horizontal { background: #f1f3f5; height: 12px; margin: 0; }
QScrollBar::handle { background: #adb5bd; border-radius: 4px; margin: 2px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: #868e96; }
QScrollBar::handle:vertical { min-height: 24px; }
QScrollBar::handle:horizontal { min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


def flatten(area):
    """Give a scroll area's two bars the flat look."""
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setStyleSheet(QSS)
