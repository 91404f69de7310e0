import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


@pytest.fixture
def shared():
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture
def sample_path(shared):
    return shared / "samples" / "000_9e2dafac320f447e.txt"


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
