"""`ossshare`: with a subcommand it is the command line, without one it opens the window."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..core.errors import OssShareError
from . import failure
from .argv import CliParser, UsageError, unrecognised

# Each subcommand module ossshare.cli.<name>_cmd has add_parser(subparsers), which sets
# `func(args) -> int` as default. Only the module of the command being run is imported: the
# others (requests, keyring, ...) would cost the desktop app's start-up ~100 ms for nothing.
SUBCOMMANDS: dict[str, str] = {
    "sign": "print a presigned download URL",
    "ls": "list buckets, or the objects of a bucket",
    "sandbox": "run a local OSS-compatible server that verifies signatures",
    "profile": "manage saved profiles (secrets live in the OS keyring)",
    "links": "the history of links made with sign --record: list, copy again, forget, export",
    "desktop": "add ossshare to (or remove it from) the desktop's application menu",
}


def chosen_command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, if any (options before it take at most one value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in ("--profile", "--share"):
            skip = True
        elif token in SUBCOMMANDS:
            return token
        elif not token.startswith("-"):
            return None
    return None


def take_location(argv: list[str]) -> tuple[list[str], str | None]:
    """The window's `oss://BUCKET/PREFIX/` argument taken out of `argv` (argparse would read it as
    a subcommand's name); only when no subcommand is named."""
    skip = False
    for i, token in enumerate(argv):
        if skip:
            skip = False
        elif token in ("--profile", "--share"):
            skip = True
        elif token.startswith("oss://"):
            return argv[:i] + argv[i + 1 :], token
        elif token == "--" or not token.startswith("-"):
            break
    return argv, None


def build_parser(command: str | None = None, *, full: bool = False) -> CliParser:
    """The parser; `command`'s options in full (every command's with `full`), others as names."""
    parser = CliParser(
        prog="ossshare",
        usage=(
            "%(prog)s [--demo | --profile NAME] [oss://BUCKET/PREFIX/ | --share oss://BUCKET/KEY]\n"
            "       %(prog)s [--profile NAME] COMMAND ..."
        ),
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
    gui.add_argument(
        "--share",
        metavar="oss://BUCKET/KEY",
        help="open the share dialog for this object; a first argument oss://BUCKET/PREFIX/ opens that folder",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", prog="ossshare")
    for name, summary in SUBCOMMANDS.items():
        if full or name == command:
            importlib.import_module(f"ossshare.cli.{name}_cmd").add_parser(sub)
        else:
            sub.add_parser(name, help=summary, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status: 0, 2 for any failure (one line on stderr, never
    a traceback), 130 on Ctrl+C, 1 when the reader of stdout went away."""
    try:
        code = _run(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
    except BrokenPipeError:
        # As the Python documentation advises for SIGPIPE: stop writing, say nothing, and point
        # stdout at devnull so the flush at exit does not fail a second time.
        _stdout_to_devnull()
        return 1
    return code


def _run(argv: list[str]) -> int:
    failure.scrub_fallback_log()
    try:
        command = chosen_command(argv)
        argv, location = take_location(argv) if command is None else (argv, None)
        parser = build_parser(command)
        args, extras = parser.parse_known_args(argv)
        args.location = location
        if extras:
            where = f"ossshare {args.command}" if args.command else "ossshare"
            raise UsageError(f"{unrecognised(extras)} (see '{where} --help')")
    except SystemExit as exc:  # --help and --version, which printed their text
        return exc.code if isinstance(exc.code, int) else 0
    except failure.CliError as exc:
        return failure.fail(str(exc))
    try:
        if args.command is None:
            from .gui_launch import launch_gui

            return launch_gui(args)
        return int(args.func(args))
    except failure.CliError as exc:
        return failure.fail(str(exc))
    except OssShareError as exc:
        return failure.fail(exc.message)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:  # the last resort: still one line, naming the type, never the text (it may hold a secret)
        return failure.fail(f"unexpected problem ({type(exc).__name__}); this is a bug in ossshare, please report it")


def _stdout_to_devnull() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is no file (captured, or closed): nothing to redirect
        pass


def entry() -> None:
    """The console script."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
