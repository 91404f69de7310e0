"""The layers of the code hold: ``lint-imports`` checks the contracts in pyproject.toml
(the engine never imports Qt or the window; the rules import nothing else of the engine),
and the contracts do catch a crossing of each kind."""
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def lint_imports(cwd):
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert lint, "lint-imports is missing: install the test extra (pip install -e '.[test]')"
    return subprocess.run([lint, "--no-cache", "--no-logo"], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_import_contracts_hold():
    out = lint_imports(ROOT)
    assert out.returncode == 0, out.stdout + out.stderr


def test_the_contracts_catch_qt_in_the_engine_and_a_rule_importing_the_document(tmp_path):
    for package in ("app", "widgets"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / "app" / "lines.py", "a", encoding="utf-8") as f:
        f.write("\nfrom PySide6 import QtCore  # a crossing\n")
    with open(tmp_path / "app" / "rules" / "text.py", "a", encoding="utf-8") as f:
        f.write("\nfrom ..document import Document  # a crossing\n")
    out = lint_imports(tmp_path)    # the copy is analysed: it comes first on the path there
    assert out.returncode == 1, out.stdout + out.stderr
    assert "app.lines -> PySide6" in out.stdout, out.stdout
    assert "app.rules.text -> app.document" in out.stdout, out.stdout
    assert "Contracts: 0 kept, 2 broken." in out.stdout, out.stdout
