"""The QApplication and its main window: `run(args)` is what `ossshare` (no subcommand) calls."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..services.desktop_entry import APP_ID, icon_files
from .language import apply_language
from .window_state import WindowState

if TYPE_CHECKING:
    from .main_window import MainWindow

ORGANIZATION = "ossshare"
APPLICATION = "ossshare"
_translators: list[QTranslator] | None = None  # installed once, for the process's lifetime


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    global _translators
    if _translators is None:
        _translators = apply_language(app, WindowState.load().language)
    app.setApplicationDisplayName("ossshare")
    # The .desktop file's name: Wayland compositors match the window to its entry (and icon) by it.
    app.setDesktopFileName(APP_ID)
    # The window and every dialog take this icon unless they set their own.
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon at each rendered size, read from the package (so wheel, editable and bundle alike)."""
    icon = QIcon()
    for size, png in icon_files().items():
        icon.addFile(str(png), QSize(size, size))  # read when a size is first drawn, not at start
    return icon


def create_window(
    *, demo: bool = False, profile: str | None = None, opening: tuple[str, str, bool] | None = None
) -> MainWindow:
    """The window, shown, with its last size and layout, already connecting; `opening`
    (bucket, path, share) is where to go once connected instead of the last session's folder."""
    from .main_window import MainWindow

    window = MainWindow(state=WindowState.load(), staged=True)  # the frame first, its parts once it is shown
    window.restore_window_state()
    window.show()
    window.fit_to_screen()
    window.start(demo=demo, profile=profile, opening=opening)
    return window


def freeze_startup_heap() -> None:
    """Modules, classes and the window built at start live as long as the process; moving them
    out of the collector's view keeps each full collection from walking them (on a 100,000-key
    listing that halved the longest pause of the event loop). The collector, off while they
    were built (cli.gui_launch), runs again from here."""
    gc.freeze()
    gc.enable()


EXIT_GRACE_MS = 1500


def leave(code: int) -> int:
    """`code`, once the worker pool is idle; if a request is still stuck after a short grace,
    the process ends here and now.

    Qt waits for every running pool thread at exit, and a request to a server that stopped
    answering can take its full timeout: the window would be gone but the process would linger.
    Nobody is left to tell about those replies."""
    from . import workers  # loaded by the window's first request long before

    if not workers.io_pool().waitForDone(EXIT_GRACE_MS):
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def run(args: argparse.Namespace) -> int:
    app = application()
    window = create_window(
        demo=bool(getattr(args, "demo", False)),
        profile=getattr(args, "gui_profile", None),
        opening=getattr(args, "opening", None),
    )
    freeze_startup_heap()
    code = app.exec()
    window.shutdown()
    from .language_menu import relaunch_if_asked  # loaded by the menus long before

    relaunch_if_asked()
    return leave(code)
