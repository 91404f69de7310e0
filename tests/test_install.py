"""``pip install`` of the project gives a working program: the wheel built from the sources,
installed in a fresh venv and run from a folder outside the checkout, opens the window on a
page with its default keys and its Chinese translation (data files found as package data),
and its ``zhengwen`` command reflows the page."""
import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import version

import pytest

from conftest import ROOT, SAMPLE

pytestmark = pytest.mark.slow

# What the wheel is built from: the project's metadata and its packages, nothing else.
SOURCES = ("pyproject.toml", "README.md", "app", "widgets", "resources")

IN_THE_WINDOW = r"""
import sys
from pathlib import Path

import app, resources, widgets
checkout = Path(sys.argv[1])
for module in (app, widgets, resources):
    where = Path(module.__file__).resolve()
    assert checkout not in where.parents, f"{module.__name__} comes from the checkout: {where}"
    print(module.__name__, "from", where.parent)

from PySide6.QtCore import QCoreApplication
from widgets.run import build_window, make_app

qt = make_app("zh_CN")
assert QCoreApplication.translate("menus", "&File") == "文件(&F)", "the Chinese translation is not installed"
win = build_window(sys.argv[2])
win.show()
qt.processEvents()
keys = {aid: [k.toString() for k in win.acts.qactions[aid].shortcuts()] for aid in ("label.headline", "undo")}
assert keys == {"label.headline": ["H", "1"], "undo": ["Ctrl+Z"]}, keys
assert win.doc is not None and win.doc.source.name == Path(sys.argv[2]).name
labelled = sum(label is not None for label in win.doc.label)
assert labelled > 100, labelled
print("window:", win.windowTitle(), "|", len(win.doc), "rows,", labelled, "labelled")
win.close()
"""


def run(cmd, **kw):
    out = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=600, **kw)
    assert out.returncode == 0, f"{cmd}\n{out.stdout}\n{out.stderr}"
    return out


def test_the_installed_wheel_opens_the_window_and_reflows(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, src / name)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "wheels", src])
    wheel = next((tmp_path / "wheels").glob("zhengwen-*.whl"))

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    python = venv / "bin" / "python"
    # the dependencies at the versions this suite runs on: the test is about our package
    run([python, "-m", "pip", "install", "-q", wheel, f"PySide6-Essentials=={version('PySide6-Essentials')}",
         f"chardet=={version('chardet')}"])

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    page = elsewhere / SAMPLE.name
    shutil.copy(SAMPLE, page)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", ZHENGWEN_HOME=str(tmp_path / "home"),
               ZHENGWEN_KEYMAP=str(tmp_path / "no-keymap.json"), LANGUAGE="", LC_ALL="C.UTF-8")
    # -I: neither the current folder nor PYTHON* variables reach the path
    out = run([python, "-I", "-c", IN_THE_WINDOW, ROOT, page], cwd=elsewhere, env=env)
    assert "window:" in out.stdout, out.stdout

    run([venv / "bin" / "zhengwen", "reflow", page.name, "-o", "page.json"], cwd=elsewhere, env=env)
    corpus = json.loads((elsewhere / "page.json").read_text(encoding="utf-8"))
    assert corpus["source"]["name"] == page.name and len(corpus["articles"]) >= 3
