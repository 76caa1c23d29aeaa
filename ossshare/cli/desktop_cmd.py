"""`ossshare desktop install|uninstall`: put ossshare in a Linux desktop's application menu for
people who installed it with pip or pipx (the .desktop entry, hicolor icons, AppStream metainfo)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services import desktop_entry
from . import failure


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "desktop",
        help="add ossshare to (or remove it from) the desktop's application menu",
        description="Install or remove the desktop entry, the icons and the AppStream metainfo in "
        "$XDG_DATA_HOME (default ~/.local/share), for this user. The entry starts the ossshare "
        "command that runs this, and opens oss:// links.",
    )
    actions = p.add_subparsers(dest="desktop_action", metavar="ACTION", title="actions")
    p.set_defaults(func=lambda args: _usage(p))
    install = actions.add_parser("install", help="add the menu entry, icons and metainfo (again: refreshes them)")
    install.set_defaults(func=run_install)
    uninstall = actions.add_parser("uninstall", help="remove exactly what install wrote")
    uninstall.set_defaults(func=run_uninstall)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return failure.fail("desktop: choose an action: install or uninstall")


def _target() -> Path:
    if not desktop_entry.supported_platform():
        raise failure.CliError(
            "desktop: menu entries are installed this way on Linux desktops only (XDG); "
            "on Windows and macOS use the bundle"
        )
    return desktop_entry.data_home()


def run_install(args: argparse.Namespace) -> int:
    home = _target()
    command = desktop_entry.launcher_command(
        sys.argv[0], sys.executable, frozen=bool(getattr(sys, "frozen", False))
    )
    try:
        changes = desktop_entry.install(home, command)
    except OSError as exc:
        raise failure.CliError(f"desktop: cannot write into {home}: {exc.strerror or exc}") from None
    for change in changes:
        print(f"{change.action:9} {change.path}")
    refreshed = desktop_entry.refresh_desktop_database(home)
    print(f"ossshare is in the application menu; it starts: {' '.join(command)}")
    if not refreshed:
        print("(the desktop database was not refreshed: oss:// links work after the next login)")
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    home = _target()
    try:
        changes = desktop_entry.uninstall(home)
    except OSError as exc:
        raise failure.CliError(f"desktop: cannot remove files in {home}: {exc.strerror or exc}") from None
    for change in changes:
        print(f"{change.action:9} {change.path}")
    desktop_entry.refresh_desktop_database(home)
    print("ossshare's menu entry is removed" if changes else f"nothing to remove: ossshare is not installed in {home}")
    return 0
