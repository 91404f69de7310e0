"""Text from a page or a file name shown as it is, never as markup.

Qt guesses: a label, tooltip or message box whose text looks like HTML (``mightBeRichText``:
a known tag on its first line) is drawn as rich text, so a file named
``<h1>头版 <font color=red>.txt`` would fill the status bar in large red type. Labels and
message boxes showing such text are set to plain text; a tooltip has no such setting, so
its text is escaped when Qt would take it for markup.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt     # mightBeRichText lives in QtGui's part of Qt


def tooltip(text: str) -> str:
    """``text`` for ``setToolTip`` or a ToolTipRole: as it is unless Qt would read it as
    markup, then escaped (line ends and runs of spaces kept)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def plain(label):
    """``label`` (a QLabel or QMessageBox) set to show its text as plain text."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def window_title(text: str) -> str:
    """``text`` for ``setWindowTitle``: Qt replaces a ``[*]`` in a title by the unsaved
    mark or nothing; ``[*][*]`` is how a title shows ``[*]`` itself."""
    return text.replace("[*]", "[*][*]")
