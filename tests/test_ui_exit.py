"""Closing the app ends the process even while a request hangs on a server that stopped answering."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ossshare.cli.main as cli
from ossshare.ui import workers

never = threading.Event()  # a reply that will never come

def fake_main():
    app = QApplication(sys.argv[:1])
    workers.submit(lambda: never.wait(600), lambda *a: None, lambda *a: None)
    QTimer.singleShot(100, app.quit)
    return app.exec()

cli.main = fake_main
cli.entry()
"""


def test_entry_does_not_wait_for_hanging_requests() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Without the early exit Qt would wait the full 600 s for the pool thread; the timeout
    # only turns such a hang into a failure instead of a stuck test run.
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
