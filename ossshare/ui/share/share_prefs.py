"""What the share dialog remembers between dialogs and runs: whether its Options are open.
Kept beside the window's own state file (same directory, read at each call so a test's
private HOME is honoured); nothing secret here."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from ..window_state import state_path

_OPTIONS_OPEN = "options_open"


def prefs_path() -> Path:
    return state_path().with_name("share-dialog.json")


def options_open(path: Path | None = None) -> bool:
    """False on the first run and whenever the file is missing or damaged: simple first."""
    try:
        raw = json.loads((path or prefs_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and raw.get(_OPTIONS_OPEN) is True


def set_options_open(value: bool, path: Path | None = None) -> None:
    """Remember the choice; a state directory that cannot be written only loses the memory."""
    path = path or prefs_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".share-", suffix=".json", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({_OPTIONS_OPEN: value}, handle)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
