"""Start the desktop app, or say in one line why it cannot start here."""

from __future__ import annotations

import argparse
import gc
import os
import sys

from .failure import CliError


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


def opening(args: argparse.Namespace) -> tuple[str, str, bool] | None:
    """Where the window opens, from `oss://BUCKET/PREFIX/` or `--share oss://BUCKET/KEY`:
    (bucket, path, share). A path without a trailing slash is an object or a folder, as
    typed in the path bar. Raises CliError naming the argument and the rule."""
    location: str | None = getattr(args, "location", None)
    share: str | None = getattr(args, "share", None)
    if location is not None and share is not None:
        raise CliError("give either oss://BUCKET/PREFIX/ or --share oss://BUCKET/KEY, not both")
    text = share if share is not None else location
    if text is None:
        return None
    field = "--share" if share is not None else "location"
    if not text.startswith("oss://"):
        raise CliError(f"{field}: expected oss://BUCKET/KEY")
    from ..core.validation import check_bucket, check_key  # only when a place was given: a plain start needs neither
    from .common import parse_oss_url

    bucket, path = parse_oss_url(text)
    check_bucket(bucket, field)
    if share is not None:
        if path.endswith("/"):
            raise CliError("--share: names a folder; give an object, oss://BUCKET/KEY")
        check_key(path, field)
    elif path.startswith("/"):
        raise CliError("location: a folder must not start with '/' (oss://BUCKET/PREFIX/)")
    return bucket, path, share is not None


def launch_gui(args: argparse.Namespace) -> int:
    args.opening = opening(args)  # bad input is told before a window opens
    problem = display_problem()
    if problem:
        print(f"ossshare: {problem}", file=sys.stderr)
        return 2
    # Until the window is built (ui.app.run() turns it back on), next to nothing allocated is garbage:
    # modules, classes and widgets that live as long as the process. Left on, the collector
    # walks them again and again while they pile up (~25 ms of the start-up here).
    gc.disable()
    try:
        from ..ui.app import run

        return run(args)
    finally:
        gc.enable()  # already on again unless run() failed before the window was built
