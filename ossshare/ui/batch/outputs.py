"""What a batch's links become: text for the clipboard, a file in any export format, a QR
sheet. Plain functions a worker runs (a 100,000-link file is not written on the GUI thread)."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ...core.visible import visible
from ...services.export import LinkRow, write_links
from ..i18n import local_time_seconds
from .qr_sheet import SheetItem

COPY_FORMATS = ("url", "markdown", "html", "csv")
EXTENSIONS = {
    "url": "txt", "csv": "csv", "tsv": "tsv", "json": "json", "jsonl": "jsonl", "markdown": "md", "html": "html",
}  # one for each of services.export.FORMATS


def links_text(fmt: str, rows: Sequence[LinkRow]) -> str:
    out = io.StringIO()
    write_links(fmt, rows, out)
    return out.getvalue()


def save_links(path: Path, fmt: str, rows: Sequence[LinkRow]) -> int:
    """Write the file whole or not at all (a failure leaves what was there before)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = write_links(fmt, rows, out)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count


def format_for(path: str, fallback: str) -> str:
    """The export format a file name asks for by its extension, else `fallback`."""
    suffix = Path(path).suffix.lower().lstrip(".")
    for fmt, ext in EXTENSIONS.items():
        if suffix == ext:
            return fmt
    return "html" if suffix == "htm" else "markdown" if suffix == "markdown" else fallback


def sheet_items(rows: Sequence[LinkRow]) -> list[SheetItem]:
    return [SheetItem(visible(r.key), local_time_seconds(r.result.expiration), r.result.url) for r in rows]
