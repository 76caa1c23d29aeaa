"""The `gui` marker the pytest config declares is on every Qt-using test (conftest finds them),
so `pytest -m "not gui"` runs what needs no Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def collected(marker: str, *files: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "-m", marker, *files],
        cwd=TESTS.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {line.split("::")[0] for line in out.splitlines() if "::" in line}


def test_qt_using_files_are_gui_and_the_rest_are_not() -> None:
    files = (
        "tests/test_ui_controller.py",  # QObjects without qtbot
        "tests/test_ui_exit.py",  # Qt in a child interpreter
        "tests/test_share_dialog.py",  # qtbot
        "tests/test_visible.py",
        "tests/test_architecture.py",  # names PySide6 only to check it is not loaded
    )
    qt = {"tests/test_ui_controller.py", "tests/test_ui_exit.py", "tests/test_share_dialog.py"}
    assert collected("gui", *files) == qt
    assert collected("not gui", *files) == set(files) - qt
