"""The engine (everything under app/) never imports Qt, so it runs headless and in batch."""
import subprocess
import sys

from conftest import ROOT

PROBE = r"""
import importlib, pkgutil, sys
import app
names = []
for info in pkgutil.walk_packages(app.__path__, "app."):
    if info.name == "app.__main__":
        continue  # running it would start the command line
    importlib.import_module(info.name)
    names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"))
print(len(names), " ".join(names))
print("QT:" + ",".join(qt))
"""


def test_no_module_under_app_imports_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count_names, qt = out.stdout.strip().splitlines()
    count, names = count_names.split(" ", 1)
    assert int(count) >= 10 and "app.session" in names and "app.rules.text" in names
    assert qt == "QT:", f"Qt was imported by the engine: {qt}"
