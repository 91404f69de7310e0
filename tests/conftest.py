import os
import sys
import warnings
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The pages the tests open are copies kept here (tests/data/samples/README.md says of what).
SAMPLES = ROOT / "tests" / "data" / "samples"
SAMPLE = SAMPLES / "000_9e2dafac320f447e.txt"
# The pages the tests carry: the samples and the held-out pages (three damage styles).
OUR_PAGES = sorted(SAMPLES.glob("*.txt")) + sorted((ROOT / "tests" / "heldout").glob("*.txt"))

# The read-only project material beside the checkout, or where $ZHENGWEN_SHARED says: only
# the tests that sweep or score the dev set need it (the ``shared`` fixture).
SHARED = Path(os.environ.get("ZHENGWEN_SHARED") or ROOT.parent / "shared")
NOT_RUN_WITHOUT_SHARED = []


@pytest.fixture
def shared(request):
    """The shared folder; a test asking for it does not run without it, and the run says so
    twice: a warning per test and a closing section counting them (never a quiet skip)."""
    if not (SHARED / "eval" / "dev").is_dir():
        NOT_RUN_WITHOUT_SHARED.append(request.node.nodeid)
        msg = f"NOT RUN: needs the dev set, {SHARED / 'eval' / 'dev'} is missing"
        warnings.warn(msg)
        pytest.skip(msg)
    return SHARED


def pytest_terminal_summary(terminalreporter):
    if NOT_RUN_WITHOUT_SHARED:
        tr = terminalreporter
        tr.section("the dev set is missing", red=True, bold=True)
        tr.line(f"{len(NOT_RUN_WITHOUT_SHARED)} tests NOT RUN: they need {SHARED} (shared/ beside the "
                "checkout, or a folder named by $ZHENGWEN_SHARED):", red=True, bold=True)
        for nodeid in NOT_RUN_WITHOUT_SHARED:
            tr.line(f"  {nodeid}", red=True)


@pytest.fixture
def sample_path():
    return SAMPLE


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory, monkeypatch):
    """Every test keeps page work in a folder of its own, never the user's."""
    home = tmp_path_factory.mktemp("zhengwen-home")
    monkeypatch.setenv("ZHENGWEN_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def settings_home(tmp_path_factory, monkeypatch):
    """Every test keeps the window's settings (QSettings, Qt's file dialog memory) in a
    folder of its own: in this process, and in the windows it starts as processes."""
    home = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return home
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home))
    return home
