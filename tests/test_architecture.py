"""Layering: the core loads no third-party module; oss, services and cli never load Qt."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# Import a package and every module under it, then report the top-level modules loaded.
PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module({package!r})
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
    importlib.import_module(info.name)
print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))
"""


def loaded_by(package: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", PROBE.format(package=package)], check=True, capture_output=True, text=True)
    return set(json.loads(out.stdout))


def test_core_uses_only_the_standard_library() -> None:
    third_party = {m for m in loaded_by("ossshare.core") if m not in sys.stdlib_module_names and not m.startswith("_")}
    assert third_party <= {"ossshare"}, third_party


@pytest.mark.parametrize("package", ["ossshare.oss", "ossshare.services", "ossshare.sandbox", "ossshare.cli"])
def test_no_qt_below_the_ui(package: str) -> None:
    assert "PySide6" not in loaded_by(package)


def test_starting_the_app_parses_arguments_without_network_or_keyring_modules() -> None:
    """The desktop app's start-up should not pay for requests and keyring before its window."""
    code = (
        "import json, sys\n"
        "from ossshare.cli.main import build_parser, chosen_command\n"
        "argv = ['--demo']\n"
        "build_parser(chosen_command(argv)).parse_args(argv)\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    loaded = set(json.loads(out.stdout))
    assert not loaded & {"requests", "keyring", "urllib3", "PySide6"}


@pytest.mark.parametrize(
    "argv,command",
    [
        ([], None),
        (["--demo"], None),
        (["sign", "oss://b/k"], "sign"),
        (["--profile", "sign"], None),
        (["--profile", "work", "ls"], "ls"),
        (["--version"], None),
        (["profile", "list"], "profile"),
        (["oss://b/k"], None),
    ],
)
def test_chosen_command(argv: list[str], command: str | None) -> None:
    from ossshare.cli.main import chosen_command

    assert chosen_command(argv) == command
