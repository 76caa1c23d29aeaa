"""Test-wide setup. Qt runs offscreen; area fixtures live in tests/fixtures/*.py."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.env",
    "tests.fixtures.sandbox",
    "tests.fixtures.keyring",
    "tests.fixtures.qt",
    "tests.fixtures.hostile_server",
]


# An import of Qt or of the window's package, in the test module or in a script it runs.
_QT_IMPORT = re.compile(
    r"^\s*(?:from|import) (?:PySide6|shiboken6|ossshare\.ui)\b|\btests\.fixtures\.qt\b", re.MULTILINE
)


@functools.cache
def _module_uses_qt(path: Path) -> bool:
    return bool(_QT_IMPORT.search(path.read_text(encoding="utf-8")))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every Qt-using test carries the `gui` marker (`-m "not gui"` runs the rest without Qt),
    # found here rather than written in each file, where one could be forgotten.
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())) or _module_uses_qt(item.path):
            item.add_marker(pytest.mark.gui)
