"""What the window remembers between launches (QSettings): whether blank lines are shown
(Ctrl+B), the sizes of the panes, the folder exports go to, and the folder last worked in
(where file dialogs start when no page is open).

Tests point QSettings at a folder of their own (tests/conftest.py).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

BLANK_LINES = "view/blank_lines"        # "shown" or "folded"; none: decided per page
SPLIT = "window/split"                  # the raw lines | preview splitter's state
ARTICLES_WIDTH = "window/articles_width"
# the docks' narrowest remembered width: a window closed before its first layout reports a
# dock of 100 px, and every later launch opened with the page names cut to "…"
DOCK_MIN_WIDTH = 240
EXPORT_FOLDER = "files/export_folder"
LAST_FOLDER = "files/last_folder"       # the folder of the last page or folder opened


def settings() -> QSettings:
    return QSettings("zhengwen", "Zhengwen")


class Prefs:
    def __init__(self, window):
        self.win = window

    def blank_lines_shown(self) -> bool | None:
        """The person's choice of Ctrl+B, or None when they never made one."""
        value = settings().value(BLANK_LINES)
        return {"shown": True, "folded": False}.get(value)

    def choose_blank_lines(self, shown: bool):
        settings().setValue(BLANK_LINES, "shown" if shown else "folded")

    @staticmethod
    def last_folder() -> str | None:
        value = settings().value(LAST_FOLDER)
        return str(value) if value else None

    @staticmethod
    def opened(path):
        """Remember where the person works: a folder opened, or the folder of a page."""
        from pathlib import Path
        p = Path(path).resolve()
        settings().setValue(LAST_FOLDER, str(p if p.is_dir() else p.parent))

    def restore(self):
        s, win = settings(), self.win
        split = s.value(SPLIT)
        if split is not None:
            win.centralWidget().restoreState(split)
        width = s.value(ARTICLES_WIDTH)
        if width is not None and str(width).isdigit() and int(width) > 0:
            win.resizeDocks([win.dock], [max(DOCK_MIN_WIDTH, int(width))], Qt.Orientation.Horizontal)
        folder = s.value(EXPORT_FOLDER)
        if folder:
            win.files._export_folder = str(folder)

    def save(self):
        s, win = settings(), self.win
        s.setValue(SPLIT, win.centralWidget().saveState())
        if win.dock.isVisible() and win.dock.width() >= DOCK_MIN_WIDTH:
            s.setValue(ARTICLES_WIDTH, win.dock.width())
        if win.files._export_folder:
            s.setValue(EXPORT_FOLDER, win.files._export_folder)
        s.sync()
