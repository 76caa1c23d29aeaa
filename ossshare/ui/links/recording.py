"""Links given out in the window go to the link history (the ledger), off the GUI thread.

What counts as given out: the share dialog's Copy buttons, its QR code shown full screen,
copied or saved, "Copy link", and a batch's Copy all, Save as or QR sheet. A batch is one
ledger batch. The window's preference can turn recording off.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..requests import Request

if TYPE_CHECKING:  # the ledger (sqlite3, uuid) loads with the first link written, not at start
    from ...services.export import LinkRow
    from ...services.ledger import LedgerNotice, LinkSpec

Recorded = tuple[int, "LedgerNotice | None"]


def batch_specs(spec: LinkSpec, rows: Sequence[LinkRow]) -> Iterable[tuple[LinkSpec, str | None]]:
    """`spec` for each row's key, with the ETag the listing gave (made as they are written)."""
    for row in rows:
        yield replace(spec, request=replace(spec.request, key=row.key)), row.etag


def write_links(path: Path | None, specs: Iterable[tuple[LinkSpec, str | None]]) -> Recorded:
    """Record `specs` as one batch in the ledger at `path` (the default file when None)."""
    from ...services.ledger import Ledger

    with Ledger(path) as ledger, ledger.recorder() as recorder:
        for spec, etag in specs:
            recorder.add(spec, etag)
    return recorder.count, ledger.notice


class LinkRecording(QObject):
    recorded = Signal(int)  # how many links were written
    failed = Signal(object)  # the exception: the links work, the history lacks them
    noticed = Signal(object)  # a LedgerNotice (the file was unreadable and moved aside)

    def __init__(self, parent: QObject, *, enabled: Callable[[], bool], path: Path | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self.path = path

    @property
    def enabled(self) -> bool:
        return self._enabled()

    def record(self, specs: Iterable[tuple[LinkSpec, str | None]]) -> bool:
        """Write in the background (each call its own request: none replaces another); False
        when recording is off."""
        if not self._enabled():
            return False
        path = self.path
        request = Request[Recorded](self, self._done, self.failed.emit)
        request.submit(lambda: write_links(path, specs))
        return True

    def record_one(self, spec: LinkSpec) -> bool:
        return self.record([(spec, None)])

    def record_batch(self, spec: LinkSpec, rows: Sequence[LinkRow]) -> bool:
        return self.record(batch_specs(spec, rows))

    def _done(self, result: Recorded) -> None:
        count, notice = result
        if notice is not None:
            self.noticed.emit(notice)
        self.recorded.emit(count)
