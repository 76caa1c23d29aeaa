"""`ossshare`: with a subcommand it is the command line, without one it opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from . import common

# Each subcommand module has add_parser(subparsers) that sets `func(args) -> int` as default.
SUBCOMMANDS = ("sign", "ls", "sandbox", "profile")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ossshare",
        description=(
            "Signed, time-limited download links for Alibaba Cloud OSS objects. "
            "Without a subcommand, opens the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"ossshare {__version__}")
    gui = parser.add_argument_group("desktop app (no subcommand)")
    gui.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a built-in offline sandbox with a sample bucket",
    )
    gui.add_argument("--profile", dest="gui_profile", metavar="NAME", help="start with this profile")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    import importlib

    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"ossshare.cli.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"ossshare.cli.{name}_cmd":
                raise
            continue  # not built yet
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .gui_launch import launch_gui

        return launch_gui(args)
    try:
        return int(args.func(args))
    except common.CliError as exc:
        return common.fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
