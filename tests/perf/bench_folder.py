#!/usr/bin/env python3
"""A folder of many pages in the window (offscreen). Prints figures; asserts nothing.

    .venv/bin/python tests/perf/bench_folder.py [PAGES] [SAVED] [STEPS]

Makes PAGES pages with tests/perf/make_pages.py (needs ../shared/eval/dev for the article
text), saves a session for SAVED of them so that statuses come from real summaries, then:

- open: from "open this folder" to the first page shown, the dock listing every page with
  its status (target 2 s for 1,000 pages); the line counts of unsaved pages and every
  page's number arrive later, from a worker, and are timed apart;
- next page: Ctrl+PgDn pressed in the raw pane until the next page is shown, STEPS times, a
  reader's pause after each (the read-ahead of the following page finishes in it), p95
  target 150 ms; also without the pause (the page must then be read in the foreground);
- each as a ratio to opening one page alone in the same run.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def p95(ms):
    ms = sorted(ms)
    return ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]


def line(name, ms, one_page_ms):
    print(f"{name:<34} n={len(ms):<4} median {statistics.median(ms):7.1f} ms   p95 {p95(ms):7.1f} ms"
          f"   worst {max(ms):7.1f} ms   p95/one page {p95(ms) / one_page_ms:5.2f}")


def main():
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    saved = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    steps = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ZHENGWEN_HOME"] = str(Path(tmp) / "home")
        # the window's settings (last folder, geometry) in the temporary folder, not the user's
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        folder = Path(tmp) / "pages"
        subprocess.run([sys.executable, str(ROOT / "tests" / "perf" / "make_pages.py"), str(folder),
                        str(pages), "--seed", "7"], check=True, stdout=subprocess.DEVNULL)
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from app import workspace
        from app.pagework import open_path
        from widgets.run import build_window, make_app

        entries = workspace.scan(folder)
        for e in entries[:saved]:
            opened = open_path(e.path)
            opened.work.save(opened.doc)
        lines = sorted(workspace.count_lines(e.path) for e in entries)
        print(f"{len(entries)} pages, {saved} with a saved session; text lines per page: median "
              f"{statistics.median(lines):.0f}, largest {lines[-1]}")

        app = make_app()
        t = time.perf_counter()
        one = build_window(str(entries[-1].path))
        one.show()
        app.processEvents()
        one_page_ms = 1000 * (time.perf_counter() - t)
        one.close()
        one.deleteLater()
        app.processEvents()

        t = time.perf_counter()
        win = build_window(str(folder))
        win.show()
        app.processEvents()
        open_ms = 1000 * (time.perf_counter() - t)
        assert win.folder is not None and win.pages.model.rowCount() == len(entries)
        while len(win.folder.lines) < len(entries) or len(win.folder.numbers) < len(entries):
            app.processEvents()
            time.sleep(0.01)
        counted_ms = 1000 * (time.perf_counter() - t)
        print(f"one page alone: {one_page_ms:.0f} ms")
        print(f"open the folder: {open_ms:.0f} ms (target 2000; {open_ms / one_page_ms:.2f}x one page); "
              f"every line count and page number in the dock after {counted_ms:.0f} ms")

        def press_next():
            before = win.folder.current
            t0 = time.perf_counter()
            QTest.keyClick(win.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
            app.processEvents()
            assert win.folder.current == before + 1
            return 1000 * (time.perf_counter() - t0)

        paused = []
        for _ in range(steps):
            ahead = win.folder._ahead.get(win.folder.pages[win.folder.current + 1].rel)
            while ahead is not None and not ahead[0].done():   # a reader looks at the page
                time.sleep(0.005)
            paused.append(press_next())
        rushed = [press_next() for _ in range(steps)]
        line("next page, after a pause", paused, one_page_ms)
        line("next page, keys held down", rushed, one_page_ms)
        win.doc.saved_revision = win.doc.revision
        win.close()
        QApplication.processEvents()


if __name__ == "__main__":
    main()
