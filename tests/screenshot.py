"""Make the README's screenshots of the window on the sample page.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tests/screenshot.py [--lang zh_CN|en] [OUT.png]

Needs a CJK font (fonts-wqy-microhei or fonts-noto-cjk), or every character is a box.
Opens the sample page, moves to its second article's headline so the preview, the article
list and the status bar all show something, and grabs the window.
"""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "samples" / "000_9e2dafac320f447e.txt"


def main(argv):
    lang = "en"
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
        win.grab().save(str(out))
        print(out)
        win.close()
        QApplication.processEvents()


if __name__ == "__main__":
    main(sys.argv[1:])
