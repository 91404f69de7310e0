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
