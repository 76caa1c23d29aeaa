"""Guard against PySide6 builds that leak a reference to None per void call (6.12.0 on
CPython 3.11 aborts the interpreter with "none_dealloc" after a few thousand calls; 6.11.3 and
6.10.3 on 3.11, and 6.12.0 on 3.12+, are clean)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_none() -> None:
    obj = QObject()
    obj.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before < 100
