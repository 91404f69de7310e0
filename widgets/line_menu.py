"""The raw lines' context menu: what the keys do, on the line right-clicked (or on the
selection it is part of), each item showing its key."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.commands import LABEL_ACTIONS

ITEMS = (("label", None), None, ("confirm", "article.confirm", "para.toggle"), None,
         ("article.start", "article.merge_prev", "article.move"), None, ("edit.line",))


def install(window):
    view = window.view
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda pos: show(window, pos))


def menu_for(window) -> QMenu:
    acts = window.acts.qactions
    menu = QMenu(window.view)
    menu.setObjectName("lineMenu")
    for group in ITEMS:
        if group is None:
            menu.addSeparator()
        elif group[0] == "label":
            labels = menu.addMenu(window.tr("Label"))
            labels.setObjectName("lineMenuLabels")
            for aid in LABEL_ACTIONS:
                labels.addAction(acts[aid])
        else:
            for aid in group:
                menu.addAction(acts[aid])
    return menu


def show(window, pos):
    view = window.view
    idx = view.indexAt(pos)
    if window.doc is None or not idx.isValid():
        return
    row = view.model().doc_row(idx.row())
    if row not in view.selected_doc_rows():
        view.go_to(row)              # a line outside the selection: the menu is about it
    menu = menu_for(window)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.line_menu = menu          # tests reach it here
    menu.popup(view.viewport().mapToGlobal(pos))
