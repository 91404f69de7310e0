"""Start the window: ``python -m app [FILE|FOLDER] [--session PATH]``."""
from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def make_app(lang=None):
    """The QApplication (created once), with the interface translation for ``lang``."""
    from PySide6.QtWidgets import QApplication
    from .i18n import install_translator
    from .qt_compat import shore_up_none
    shore_up_none()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Zhengwen")
    app.setOrganizationName("zhengwen")
    # before any window exists: texts are translated when widgets are built
    install_translator(app, lang)
    style = files("resources") / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_window(file=None, session=None, encoding=None, keymap=None):
    """The window with ``file`` (a page, a session, or a folder of pages) open; what cannot
    be opened is reported in a message box and the window starts empty."""
    from .main_window import MainWindow
    win = MainWindow(keymap)
    win.files.encoding = encoding
    if file and Path(file).is_dir():
        if session:
            from PySide6.QtCore import QCoreApplication
            win.show_error(QCoreApplication.translate(
                "Files", "--session names the session of one page; in a folder each page keeps its own."))
        else:
            win.open_folder(file)
    elif file:
        win.files.open_path(file, session)
    return win


def run_window(file=None, session=None, lang=None, encoding=None) -> int:
    app = make_app(lang)
    if file is None and session and Path(session).is_file():
        file = session
    win = build_window(file, session, encoding)
    win.show()
    code = app.exec()
    # the window goes before the interpreter starts tearing modules down
    win.deleteLater()
    del win
    app.processEvents()
    return code
