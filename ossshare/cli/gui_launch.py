"""Start the desktop app, or say in one line why it cannot start here."""

from __future__ import annotations

import argparse
import os
import sys


def display_problem() -> str | None:
    """Why Qt could not open a window here, or None. Checked before Qt aborts the process."""
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb")):
            return None
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            return (
                "no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open; "
                "the command line works without one: see 'ossshare --help'"
            )
    return None


def launch_gui(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        print(f"ossshare: {problem}", file=sys.stderr)
        return 2
    from ..ui.app import run

    return run(args)
