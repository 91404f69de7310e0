"""The real window on a small page, for tests that press real keys (offscreen)."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from widgets.qt_compat import shore_up_none

shore_up_none()

# A page with the damage the window exists to fix: a page-number line, a letter-spaced
# line, a blank line, a byline, a caption with its credit, and both headlines printed after
# the bodies.
PAGE = """第 3 版
“葱是跟妈妈一起种下的。”课间午休，
学 校 学 生 陈 耀 杰 正 在 校 园 南 面
的一块菜地浇水。

近年来，溆浦县在家庭、学校、社会协同
育人领域持续深耕。
本报记者 易鑫 彭丽丽
悠悠民生，健康为大。
县乡医院是守护基层群众健康的“第一
道防线”。
芙蓉学校学生开展体操活动。 （由溆浦县委宣传部供图）
“家校社”协同育人
县乡医院破解就医难
"""


@pytest.fixture
def page(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(PAGE, encoding="utf-8")
    return p


@pytest.fixture
def open_window(qtbot, tmp_path):
    """open_window(path, session=None, own=False) -> the shown window with the raw pane
    focused. A page saves to ``session`` (default: s.json of the test's folder), or with
    ``own`` to its own session in the data home, as a user's does (a folder always does)."""
    from pathlib import Path

    from widgets.run import build_window
    made = []

    def make(path, session=None, own=False):
        if own or Path(path).is_dir():
            session = None
        else:
            session = str(session) if session else str(tmp_path / "s.json")
        win = build_window(str(path), session=session)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        win.view.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
        made.append(win)
        return win

    yield make
    for win in made:
        if win.doc is not None:
            win.doc.saved_revision = win.doc.revision   # no "save changes?" at teardown
        win.close()
        win.deleteLater()


@pytest.fixture
def win(open_window, page):
    return open_window(page)


def press(qtbot, widget, key, mod=Qt.KeyboardModifier.NoModifier, text=None):
    qtbot.keyClick(widget, key, mod)
