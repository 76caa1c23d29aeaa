"""The QApplication and its main window: `run(args)` is what `ossshare` (no subcommand) calls."""

from __future__ import annotations

import argparse
import gc
import sys

from PySide6.QtWidgets import QApplication

ORGANIZATION = "ossshare"
APPLICATION = "ossshare"


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ossshare")
    app.setDesktopFileName("ossshare")
    return app


def create_window(*, demo: bool = False, profile: str | None = None):  # noqa: ANN201 - MainWindow, imported late
    """The window, shown, with its last size and layout, already connecting."""
    from .main_window import MainWindow
    from .window_state import WindowState

    window = MainWindow(state=WindowState.load())
    window.restore_window_state()
    window.show()
    window.start(demo=demo, profile=profile)
    return window


def freeze_startup_heap() -> None:
    """Modules, classes and the window built at start live as long as the process; moving them
    out of the collector's view keeps each full collection from walking them (on a 100,000-key
    listing that halved the longest pause of the event loop)."""
    gc.freeze()


def run(args: argparse.Namespace) -> int:
    app = application()
    window = create_window(demo=bool(getattr(args, "demo", False)), profile=getattr(args, "gui_profile", None))
    freeze_startup_heap()
    code = app.exec()
    window.shutdown()
    return code
