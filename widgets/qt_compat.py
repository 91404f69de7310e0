"""A guard against a binding bug seen with PySide6 6.12.0 on Python 3.11: every call of a
Qt method that returns nothing drops one reference to ``None`` it never took. Python 3.12
made ``None`` immortal, so the bug only bites before 3.12, where a few thousand calls
(one evening of key presses) bring None's count to zero and abort the interpreter
("none_dealloc"). pyproject should avoid that release; this keeps the window alive when it
is installed anyway.
"""
from __future__ import annotations

import sys


def none_refcount_leaks() -> bool:
    """Does a void Qt call take a reference from None?"""
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject
    o = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        o.setObjectName("probe")
    return sys.getrefcount(None) < before


def shore_up_none() -> bool:
    """Give None enough references to outlive any session when the bug is present."""
    if not none_refcount_leaks():
        return False
    import ctypes
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    return True
