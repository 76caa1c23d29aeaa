"""Closing the app ends the process even while a request hangs on a server that stopped answering."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ossshare.ui import app as ui_app, workers

never = threading.Event()  # a reply that will never come
app = QApplication(sys.argv[:1])
workers.submit(lambda: never.wait(600), lambda *a: None, lambda *a: None)
QTimer.singleShot(100, app.quit)
sys.exit(ui_app.leave(app.exec()) + 3)  # not reached: leave() ends the process with 0
"""

IDLE = """
import sys
from PySide6.QtWidgets import QApplication
from ossshare.ui import app as ui_app, workers

app = QApplication(sys.argv[:1])
workers.submit(lambda: 1, lambda *a: None, lambda *a: None)
workers.io_pool().waitForDone(5000)
print("returned", ui_app.leave(5))
"""


def _run(script: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Without the early exit Qt would wait the full 600 s for the pool thread; the timeout
    # only turns such a hang into a failure instead of a stuck test run.
    return subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)


def test_leaving_does_not_wait_for_hanging_requests() -> None:
    done = _run(SCRIPT)
    assert done.returncode == 0, done.stderr


def test_leaving_an_idle_pool_returns_the_code() -> None:
    done = _run(IDLE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "returned 5"


def test_the_command_line_imports_no_ui_but_the_launcher() -> None:
    cli = Path(__file__).resolve().parent.parent / "ossshare" / "cli"
    for path in sorted(cli.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                reaches_ui = name.startswith(("..ui", "ossshare.ui"))
                assert not reaches_ui or path.name == "gui_launch.py", f"{path.name} imports {name}"
