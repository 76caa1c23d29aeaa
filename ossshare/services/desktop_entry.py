"""The desktop integration files (icon, .desktop entry, AppStream metainfo) that ship inside the
package, and installing them into a user's XDG data directory for `ossshare desktop install`.

The files live in ossshare/resources/ (a copy of the top-level resources/ kept equal by a test),
so a wheel, an editable install and the bundle all carry them. No Qt here: the command line uses it.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

# The application id: the .desktop file, the icon and the metainfo are named after it, and the
# window announces it (QGuiApplication.setDesktopFileName) so desktops match the window to it.
APP_ID = "io.github.ossshare.OssShare"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
COMMAND = "ossshare"

# Beside the code, as the translations are: a wheel, an editable install and the bundle all
# unpack the package to real files.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"

# Characters that make the desktop entry spec require an Exec argument to be quoted.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def resource(name: str) -> Path:
    """A file of ossshare/resources/, e.g. resource("icons/48.png")."""
    return RESOURCES / name


def icon_files() -> dict[int, Path]:
    """The rendered PNG of each icon size."""
    return {size: resource(f"icons/{size}.png") for size in ICON_SIZES}


def launcher_command(argv0: str, executable: str, *, frozen: bool) -> list[str]:
    """The command a desktop entry should run to start this installation of ossshare: the
    bundle's own executable, the console script that is running, the one on PATH, or failing
    those this interpreter with -m (e.g. started as `python -m ossshare`)."""
    if frozen:
        return [os.path.abspath(executable)]
    script = Path(argv0)
    if script.stem == COMMAND and script.is_file() and os.access(script, os.X_OK):
        return [os.path.abspath(script)]
    found = shutil.which(COMMAND)
    if found:
        return [os.path.abspath(found)]
    return [os.path.abspath(executable), "-m", COMMAND]


def exec_quote(argument: str) -> str:
    """One Exec argument as the desktop entry spec wants it: quoted when it holds a reserved
    character, and escaped once more for the key's string value (backslashes) and for field
    codes (a literal % is %%)."""
    if argument and not _EXEC_RESERVED.intersection(argument):
        quoted = argument
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        quoted = f'"{inner}"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop entry with Exec (and TryExec) pointing at `command`."""
    template = resource(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(exec_quote(arg) for arg in command) + " %u"
        elif line.startswith("TryExec="):
            line = "TryExec=" + exec_quote(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def data_home(environ: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = (os.environ if environ is None else environ).get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def planned_files(home: Path, command: list[str]) -> dict[Path, bytes]:
    """Every file `desktop install` writes under `home`, with its contents."""
    files: dict[Path, bytes] = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": resource(f"{APP_ID}.metainfo.xml").read_bytes(),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": resource(f"{APP_ID}.svg").read_bytes(),
    }
    for size, png in icon_files().items():
        files[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png.read_bytes()
    return files


@dataclass(frozen=True)
class Change:
    path: Path
    action: str  # "wrote", "unchanged", "removed"


def install(home: Path, command: list[str]) -> list[Change]:
    """Write the files (each replaced atomically; an identical file is left alone)."""
    changes = []
    for path, data in planned_files(home, command).items():
        if path.is_file() and path.read_bytes() == data:
            changes.append(Change(path, "unchanged"))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.partial")
        partial.write_bytes(data)
        partial.replace(path)
        changes.append(Change(path, "wrote"))
    return changes


def uninstall(home: Path) -> list[Change]:
    """Remove the files `install` writes, and the folders that removing them left empty."""
    changes = []
    for path in planned_files(home, [COMMAND]):
        if path.is_file() or path.is_symlink():
            path.unlink()
            changes.append(Change(path, "removed"))
        folder = path.parent
        while folder != home and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return changes


def refresh_desktop_database(home: Path) -> bool:
    """Re-index the user's .desktop files (MIME and URL-scheme handlers) when the tool exists.
    True when it ran."""
    import subprocess  # here, not at the top: the window imports this module for its icon

    tool = shutil.which("update-desktop-database")
    applications = home / "applications"
    if tool is None or not applications.is_dir():
        return False
    try:
        subprocess.run([tool, "-q", str(applications)], check=False, stdin=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.TimeoutExpired):  # the files are in place; the next login re-indexes them
        return False
    return True


def supported_platform() -> bool:
    """XDG desktop entries are for Linux and the BSDs, not Windows or macOS."""
    return not sys.platform.startswith(("win", "darwin", "cygwin"))
