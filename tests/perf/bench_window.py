#!/usr/bin/env python3
"""Window timings on a big page (offscreen). Prints figures; asserts nothing.

    .venv/bin/python tests/perf/bench_window.py [LINES] [SAMPLES]

ZHENGWEN_BENCH_NO_RESUGGEST=1 turns the engine's re-suggest off, to separate its share.

- launch: from "open this file" to the window shown with the event loop idle (target 2 s);
- a label key (H) or Enter pressed in the raw pane until the preview is updated and painted
  (target p95 16 ms, worst 100 ms); Ctrl+Z the same;
- the article list dock's update, which waits for a pause in typing (timed apart);
- peak memory of the process (target 600 MB).
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def make_page(n, folder):
    out = Path(folder) / f"big_{n}.txt"
    subprocess.run([sys.executable, str(SHARED / "perf" / "make_big_page.py"),
                    str(ROOT / "tests" / "data" / "samples" / "000_9e2dafac320f447e.txt"), str(n), str(out)], check=True)
    return out


def figures(name, ms):
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"{name:<28} n={len(ms):<4} median {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms   "
          f"worst {ms[-1]:6.1f} ms")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    samples = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    with tempfile.TemporaryDirectory() as tmp:
        page = make_page(n, tmp)
        # the window's settings (last folder, geometry) in the temporary folder, not the user's
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["ZHENGWEN_HOME"] = str(Path(tmp) / "home")
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from widgets.run import build_window, make_app
        from app.loader import open_any
        app = make_app()
        t = time.perf_counter()
        open_any(str(page))
        print(f"engine alone: decode + suggest {1000 * (time.perf_counter() - t):.0f} ms (for comparison)")
        t0 = time.perf_counter()
        win = build_window(str(page), session=str(Path(tmp) / "s.json"))
        t_open = time.perf_counter()
        win.show()
        app.processEvents()
        win.activateWindow()
        win.view.setFocus()
        app.processEvents()
        t_shown = time.perf_counter()
        doc = win.doc
        if os.environ.get("ZHENGWEN_BENCH_NO_RESUGGEST"):
            doc.resuggest = None     # to see the window's own share of a key press
        print(f"page: {len(doc)} rows, {len(win.articles.order())} articles, "
              f"resuggest={'on' if doc.resuggest else 'off'}")
        print(f"launch to interactive         {1000 * (t_shown - t0):7.0f} ms  "
              f"(open+suggest+build {1000 * (t_open - t0):.0f} ms, show+first paint {1000 * (t_shown - t_open):.0f} ms)")

        lo, hi = win.preview.shown_range()
        print(f"preview holds articles {lo}-{hi} of {len(win.articles.order())}")

        step = max(1, len(doc) // samples)
        rows = [r for r in range(7, len(doc), step) if doc.label[r] is not None][:samples]

        dock = win.article_list.model_

        def timed(k, mod=Qt.KeyboardModifier.NoModifier):
            t = time.perf_counter()
            QTest.keyClick(win.view, k, mod)
            app.processEvents()          # the preview and the pane repaint
            ms = 1000 * (time.perf_counter() - t)
            # the article list follows when typing pauses (60 ms on): its update is timed
            # on its own, as the reader pausing would see it
            if dock.pending():
                t = time.perf_counter()
                dock.flush()
                app.processEvents()
                dock_ms.append(1000 * (time.perf_counter() - t))
            return ms

        label_ms, undo_ms, enter_ms, enter_undo_ms, move_ms, dock_ms = [], [], [], [], [], []
        for r in rows:
            win.view.go_to(r)
            app.processEvents()
            before = doc.label[r]
            label_ms.append(timed(Qt.Key.Key_H))
            assert doc.label[r] == "headline", (r, before)
            undo_ms.append(timed(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
            enter_ms.append(timed(Qt.Key.Key_Return))
            enter_undo_ms.append(timed(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
            move_ms.append(timed(Qt.Key.Key_Down))
        figures("label key (H) -> preview", label_ms)
        figures("undo of the label", undo_ms)
        figures("Enter -> preview", enter_ms)
        figures("undo of Enter", enter_undo_ms)
        figures("Down (cursor + sync)", move_ms)
        figures("article list, after a pause", dock_ms)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory                   {peak:7.0f} MB")
        doc.saved_revision = doc.revision
        win.close()
        QApplication.processEvents()


if __name__ == "__main__":
    main()
