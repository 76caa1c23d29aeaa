"""Layering: imports point down only, by a layer map written once; the core loads no
third-party module; nothing below the ui loads Qt."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "ossshare"
# Each part of the package and its layer: a module may import its own part and any lower layer.
# The package's own __init__ holds only the version, which any part may read.
LAYERS = {"__init__": -1, "core": 0, "oss": 1, "services": 2, "sandbox": 2, "cli": 3, "ui": 3, "__main__": 4}
# The one import across a layer's width: the CLI starts the window, lazily, from here alone.
ALLOWED = {("cli/gui_launch.py", "ui")}


def _part(module: str) -> str | None:
    """'ossshare.oss.client' -> 'oss'; 'ossshare.__version__' -> '__init__'; None outside the package."""
    names = module.split(".")
    if names[0] != "ossshare":
        return None
    if len(names) > 1 and ((PACKAGE / names[1]).is_dir() or (PACKAGE / f"{names[1]}.py").is_file()):
        return names[1]
    return "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, absolute module) for every import of the file, nested and TYPE_CHECKING ones too."""
    package = ".".join(("ossshare", *path.relative_to(PACKAGE).parent.parts))
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # `from . import x` names modules too: x's part is the one that counts.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def layer_violations() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        own = rel.split("/")[0].removesuffix(".py")
        for line, module in _imports(path):
            target = _part(module)
            if target is None or target == own or (rel, target) in ALLOWED:
                continue
            if LAYERS[target] >= LAYERS[own]:
                problems.append(
                    f"ossshare/{rel}:{line} imports {module}: {own} (layer {LAYERS[own]}) may only import "
                    f"lower layers, and {target} is layer {LAYERS[target]}"
                )
    return problems


def test_every_import_points_down_the_layer_map() -> None:
    assert layer_violations() == []


def test_the_layer_map_covers_every_part_of_the_package() -> None:
    parts = {p.name.removesuffix(".py") for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert parts == set(LAYERS)


def test_an_upward_import_is_named_with_its_file_and_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "ossshare"
    for part in LAYERS:
        if not part.startswith("__"):
            (fake / part).mkdir(parents=True)
            (fake / part / "__init__.py").write_text("")
    (fake / "core" / "bad.py").write_text("from __future__ import annotations\n\nfrom ..services import share\n")
    (fake / "services" / "fine.py").write_text("from ..core import bad\nfrom ..oss.client import OssClient\n")
    (fake / "cli" / "gui_launch.py").write_text("def launch() -> None:\n    from ..ui import app\n")
    (fake / "cli" / "other.py").write_text("import ossshare.ui.app\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert layer_violations() == [
        "ossshare/cli/other.py:1 imports ossshare.ui.app: cli (layer 3) may only import lower layers, "
        "and ui is layer 3",
        "ossshare/core/bad.py:3 imports ossshare.services.share: core (layer 0) may only import lower layers, "
        "and services is layer 2",
    ]


# Import a package and every module under it, then report the top-level modules loaded.
PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module({package!r})
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):
    importlib.import_module(info.name)
print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))
"""


def loaded_by(package: str) -> set[str]:
    probe = PROBE.format(package=package)
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
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


def test_the_core_names_load_on_first_use_and_are_the_defining_modules_own() -> None:
    """ossshare.core exports its names lazily (PEP 562). A name equal to a submodule's would
    be shadowed by that submodule once anything imports it (Python sets the package
    attribute), as `presign` was by core/presign.py: so no exported name is a module name."""
    import importlib

    import ossshare.core as core

    modules = {path.stem for path in Path(core.__file__).parent.glob("*.py")}
    assert not set(core.__all__) & modules
    for module in sorted(modules - {"__init__"}):
        importlib.import_module(f"ossshare.core.{module}")  # sets each submodule on the package
    for name in core.__all__:
        value = getattr(core, name)
        home = importlib.import_module(f"ossshare.core.{core._HOMES[name]}")
        assert value is getattr(home, name), name
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = core.nothing_here
