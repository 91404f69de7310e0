"""The labels palette: a tool bar of the labels, each with its colour, letter and keys, and
the confirm keys. A click acts on the raw pane's selection as the key would; the keyboard
stays in the pane (tool buttons take no focus from a click)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QToolBar

from app.commands import LABEL_ACTIONS

from .dialogs import keys_text
from .legend import label_icon
from .plain import tooltip

SHOWN = tuple(LABEL_ACTIONS) + (None, "confirm", "article.confirm", "article.start")
# the buttons' own short words (the menus keep the actions' full texts)
SHORT = {"confirm": QT_TRANSLATE_NOOP("LabelPalette", "Confirm"),
         "article.confirm": QT_TRANSLATE_NOOP("LabelPalette", "Confirm article"),
         "article.start": QT_TRANSLATE_NOOP("LabelPalette", "Article starts")}


class LabelPalette(QToolBar):
    def __init__(self, window):
        super().__init__(window.tr("Labels"), window)
        self.setObjectName("labelPalette")
        self.setIconSize(QSize(18, 18))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        acts, keymap = window.acts.qactions, window.acts.keymap
        for aid in SHOWN:
            if aid is None:
                self.addSeparator()
                continue
            a = acts[aid]
            if aid in LABEL_ACTIONS:
                a.setIcon(label_icon(LABEL_ACTIONS[aid]))      # the menus show it too
            if aid in SHORT:
                a.setIconText(QCoreApplication.translate("LabelPalette", SHORT[aid]))
            keys = keys_text(keymap.keys.get(aid, []))
            a.setToolTip(tooltip(f"{a.text()} ({keys})" if keys else a.text()))
            self.addAction(a)
            button = self.widgetForAction(a)
            button.setObjectName(f"palette_{aid}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
