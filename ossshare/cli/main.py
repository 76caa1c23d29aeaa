"""`ossshare`: with a subcommand it is the command line, without one it opens the window."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from .. import __version__
from . import common

# Each subcommand module ossshare.cli.<name>_cmd has add_parser(subparsers), which sets
# `func(args) -> int` as default. Only the module of the command being run is imported: the
# others (requests, keyring, ...) would cost the desktop app's start-up ~100 ms for nothing.
SUBCOMMANDS: dict[str, str] = {
    "sign": "print a presigned download URL",
    "ls": "list buckets, or the objects of a bucket",
    "sandbox": "run a local OSS-compatible server that verifies signatures",
    "profile": "manage saved profiles (secrets live in the OS keyring)",
    "links": "the history of links made with sign --record: list, copy again, forget, export",
}


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, if any (options before it take at most one value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--profile":
            skip = True
        elif token in SUBCOMMANDS:
            return token
        elif not token.startswith("-"):
            return None
    return None


def build_parser(command: str | None = None, *, full: bool = False) -> argparse.ArgumentParser:
    """The parser; `command`'s options in full (every command's with `full`), others as names."""
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
    for name, summary in SUBCOMMANDS.items():
        if full or name == command:
            importlib.import_module(f"ossshare.cli.{name}_cmd").add_parser(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(chosen_command(argv))
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


def entry() -> None:
    """The console script: main(), then leave at once even if requests are still in flight.

    Qt waits for every running pool thread at exit, and a request to a server that stopped
    answering can take its full timeout: the window would be gone but the process would linger.
    Nobody is left to tell about those replies, so after a short grace the process just ends.
    """
    code = main()
    if "ossshare.ui.workers" in sys.modules:
        from ..ui import workers

        if not workers.io_pool().waitForDone(1500):
            logging.shutdown()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
