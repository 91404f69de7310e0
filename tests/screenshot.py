"""Make the README's screenshots of the window on the sample page.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/screenshot.py [--lang zh_CN|en] [--legend] [OUT.png]

Needs a CJK font (fonts-wqy-microhei or fonts-noto-cjk), or every character is a box.
Opens the sample page, moves to its second article's headline so the preview, the article
list and the status bar all show something, and grabs the window. With ``--legend`` the
legend of the raw lines' marks (as F1 shows it) stands beside the window in the picture
(docs/window.png).
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "samples" / "000_9e2dafac320f447e.txt"


def main(argv):
    lang = "en"
    legend = "--legend" in argv
    argv = [a for a in argv if a != "--legend"]
    if "--lang" in argv:
        i = argv.index("--lang")
        lang = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    out = Path(argv[0]) if argv else ROOT / "resources" / ("screenshot.png" if lang == "en" else f"screenshot-{lang}.png")
    os.environ.setdefault("ZHENGWEN_ACCEPT_RECOVERY", "0")
    from PySide6.QtWidgets import QApplication

    from widgets.run import build_window, make_app
    app = make_app(lang=lang)
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        win = build_window(str(SAMPLE), session=str(Path(tmp) / "s.json"))
        win.resize(1500, 900)
        win.show()
        app.processEvents()
        second = win.articles.by_number(2)
        if second is not None:
            win.view.go_to(win.articles.first_row(second))
        for _ in range(5):
            app.processEvents()
        shot = win.grab()
        if legend:
            shot = _beside(shot)
        shot.save(str(out))
        print(out)
        win.close()
        QApplication.processEvents()


def _beside(shot):
    """The window's picture with the legend to its right."""
    from PySide6.QtGui import QColor, QPainter, QPixmap

    from widgets.legend import Legend
    legend = Legend()
    legend.setStyleSheet("QGroupBox { background: white; }")
    legend.resize(460, legend.heightForWidth(460) if legend.hasHeightForWidth() else legend.sizeHint().height())
    legend.adjustSize()
    legend.resize(460, max(legend.height(), legend.sizeHint().height()))
    pic = legend.grab()
    out = QPixmap(shot.width() + pic.width() + 24, max(shot.height(), pic.height() + 24))
    out.fill(QColor("#f1f3f5"))
    p = QPainter(out)
    p.drawPixmap(0, 0, shot)
    p.drawPixmap(shot.width() + 12, 12, pic)
    p.end()
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
