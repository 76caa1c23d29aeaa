"""Window geometry, splitter, columns and last location, kept between runs.

A small JSON file in the user state dir (platformdirs), read at each call so a test's private
HOME is honoured; QSettings would cache its path for the whole process. Nothing secret here.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray


def state_path() -> Path:
    return platformdirs.user_state_path("ossshare") / "window.json"


def to_text(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def to_bytes(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except (ValueError, UnicodeEncodeError):
        return QByteArray()


@dataclass
class WindowState:
    geometry: str = ""  # QWidget.saveGeometry(), base64
    splitter: str = ""
    header: str = ""
    profile: str = ""  # Choice.key
    bucket: str = ""
    prefix: str = ""
    default_profile: str = ""  # the saved profile opened at start; "" for the last one used
    record_links: bool = True  # links given out in the window go to the link history
    language: str = ""  # the Language menu's choice ("" follows the system); read at start

    @classmethod
    def load(cls, path: Path | None = None) -> WindowState:
        path = path or state_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # first start, or a damaged file: start from defaults
        if not isinstance(raw, dict):
            return cls()
        defaults = cls()
        known = {f.name: type(getattr(defaults, f.name)) for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known and type(v) is known[k]})

    def save(self, path: Path | None = None) -> None:
        path = path or state_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".window-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, indent=1)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
