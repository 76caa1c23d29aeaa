"""Guard against PySide6 builds that leak a reference to None per void call (6.12.0 on
CPython 3.11 aborts the interpreter after a few thousand calls; shared/PLATFORM.md)."""

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
