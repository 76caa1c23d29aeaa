"""The batch dialog: links for several selected objects, or for every object under a folder.

One set of options, one instant, one expiry for all (a BatchPresigner). Listing and signing
run on a ProgressJob's thread; the table takes the rows in chunks on the GUI thread. The links
can then be copied (plain, Markdown, HTML, CSV), saved in any export format, or printed as a
QR sheet. Handing links out that way is what `givenOut` reports, once per batch, so the window
can record them in the link history.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ...core import ValidationError
from ...core.batch import BatchFailure
from ...core.clock import utc_now
from ...core.visible import clip, visible
from ...services.account import Account
from ...services.export import LinkRow
from ...services.ledger import LinkSpec
from ..error_messages import message_of
from ..i18n import human_size, local_time_seconds
from ..problems import present
from ..requests import Request
from ..state_colors import State, text_style
from .file_prompts import ask_links_path, ask_sheet_path
from .job import ProgressJob
from .layout import arrange
from .model import BatchLinksModel
from .options import BatchOptions
from .outputs import COPY_FORMATS, links_text, save_links, sheet_items
from .qr_sheet import PAGE_SIZES, default_page_size, write_sheet
from .signing import ASK_AFTER, Chunk, Item, Summary, folder_items, sign_items

if TYPE_CHECKING:
    from ...oss.client import OssClient


def patterns(text: str) -> list[str]:
    """Comma-separated globs, blanks around each dropped."""
    return [p.strip() for p in text.split(",") if p.strip()]


class BatchDialog(QDialog):
    linksReady = Signal(int)  # a batch is complete: how many links
    outputDone = Signal(str)  # what was copied or written ("copy:markdown", a file's path)
    givenOut = Signal(object, object)  # LinkSpec (any key), list[LinkRow]: handed out for the first time

    def __init__(
        self,
        parent: QWidget | None,
        *,
        client: OssClient,
        account: Account,
        region: str,
        bucket: str,
        prefix: str | None = None,
        items: Iterable[Item] = (),
    ) -> None:
        """`prefix`: share every object under this folder; otherwise the `items` given."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.client, self.account, self.region, self.bucket, self.prefix = client, account, region, bucket, prefix
        self._items = list(items)
        self._job: ProgressJob | None = None
        self._sheet_job: ProgressJob | None = None
        self._refused: list[BatchFailure] = []
        self._handed_out = False
        self._spec: LinkSpec | None = None
        self._copy = Request[tuple[str, str]](self, self._copied, self._output_failed)
        self._save = Request[str](self, self.outputDone.emit, self._output_failed)

        if prefix is None:
            self.setWindowTitle(self.tr("Share {0} objects").format(len(self._items)))
            where = self.tr("{0} objects in oss://{1}/").format(len(self._items), bucket)
        else:
            self.setWindowTitle(self.tr("Share folder {0}").format(posixpath.basename(prefix.rstrip("/")) or bucket))
            where = self.tr("Every object under oss://{0}/{1}").format(bucket, visible(prefix))
        title = QLabel(where, self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        self.options = BatchOptions(self, account=account, region=region, bucket=bucket)
        self.include = QLineEdit(self)
        self.include.setPlaceholderText(self.tr("every object, or e.g. *.log, 2024/*"))
        self.exclude = QLineEdit(self)
        self.exclude.setPlaceholderText(self.tr("nothing, or e.g. *.tmp"))
        self.make_button = QPushButton(self.tr("&Make links"), self)
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = QLabel(self)
        self.progress.setObjectName("batchProgress")
        self.progress.setTextFormat(Qt.TextFormat.PlainText)  # it quotes keys and server messages
        self.progress.setWordWrap(True)
        self.model = BatchLinksModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(BatchLinksModel.NAME, 220)
        header.resizeSection(BatchLinksModel.EXPIRES, 160)
        self.copy_button = QPushButton(self.tr("&Copy all"), self)
        copy_menu = QMenu(self.copy_button)
        names = {
            "url": self.tr("Plain links"), "markdown": self.tr("Markdown table"),
            "html": self.tr("HTML page"), "csv": self.tr("CSV"),
        }
        for fmt in COPY_FORMATS:
            copy_menu.addAction(names[fmt], partial(self.copy_all, fmt))
        self.copy_button.setMenu(copy_menu)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.page_size = QComboBox(self)
        for name in PAGE_SIZES:
            self.page_size.addItem(name, name)
        self.page_size.setCurrentIndex(self.page_size.findData(default_page_size()))
        self.page_size.setToolTip(self.tr("The QR sheet's paper size"))
        self.qr_button = QPushButton(self.tr("&QR sheet (PDF)…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        arrange(self, title)
        self._set_outputs_enabled(False)

        self.make_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self._ask_save_path)
        self.qr_button.clicked.connect(self._ask_sheet_path)
        self.close_button.clicked.connect(self.reject)
        self.options.changed.connect(self._options_changed)
        self.options.expiry.expired.connect(self._links_expired)
        keys = QKeySequence.StandardKey
        copy_shortcut = QShortcut(QKeySequence(keys.Copy), self.table, partial(self.copy_all, "url"))
        copy_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # in the table: the links
        QShortcut(QKeySequence(keys.Save), self, self._ask_save_path)
        if prefix is None:
            self.start()  # a selection is signed at once; a folder waits for its patterns

    # --- making the links ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, *, now: datetime | None = None) -> None:
        if self._job is not None:
            return
        try:
            presigner, spec = self.options.presigner(now or utc_now())
        except ValidationError as exc:
            self._say(self.tr("No links: {0}").format(message_of(exc)), error=True)
            return
        self.model.clear()
        self._refused, self._spec, self._handed_out = [], spec, False
        self._set_outputs_enabled(False)
        source: Callable[[], Iterable[Item | None]]
        if self.prefix is None:
            source = self._items.copy
        else:
            source = folder_items(
                self.client, self.bucket, self.prefix, patterns(self.include.text()), patterns(self.exclude.text())
            )
        ask_after = ASK_AFTER if self.prefix is not None else None  # a selection is already chosen
        job = ProgressJob(lambda j: sign_items(j, presigner, source(), ask_after=ask_after))
        job.reported.connect(self._reported)
        job.asked.connect(self._asked)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self._job = job
        self.destroyed.connect(job.cancel)  # the window closing takes the dialog with it: stop listing
        self._running(True)
        self._say(self.tr("Listing…") if self.prefix is not None else self.tr("Signing…"))
        job.start()

    def cancel(self) -> None:
        if self._sheet_job is not None:
            self._sheet_job.cancel()
            self._sheet_job = None
            self._running(False)
            self._say(self.tr("QR sheet cancelled: nothing was written."))
            return
        job, self._job = self._job, None
        if job is None:
            return
        job.cancel()
        self._running(False)
        self._set_outputs_enabled(self.model.rowCount() > 0)
        made = self.model.rowCount()
        self._say(self.tr("Cancelled after {0} objects: the links made so far are shown.").format(f"{made:,}"))

    def _reported(self, job: ProgressJob, chunk: Chunk) -> None:
        if job is not self._job:
            return
        self.model.append(chunk.rows)
        self._refused += chunk.refused
        verb = self.tr("Listing and signing…") if self.prefix is not None else self.tr("Signing…")
        self._say(self.tr("{0} {1} objects, {2}").format(verb, f"{chunk.count:,}", human_size(chunk.total_size)))

    def _asked(self, job: ProgressJob, count: int) -> None:
        if job is not self._job:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Many objects"),
            self.tr("This folder holds more than {0} objects. Go on listing and signing all of them?").format(
                f"{count:,}"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._answered(job, result == QMessageBox.StandardButton.Yes))
        box.open()

    def _answered(self, job: ProgressJob, go_on: bool) -> None:
        if job is not self._job:
            return
        if go_on:
            job.answer(True)
        else:
            self.cancel()

    def _finished(self, job: ProgressJob, summary: Summary) -> None:
        if job is not self._job:
            return
        self._job = None
        self._running(False)
        self._set_outputs_enabled(self.model.rowCount() > 0)
        expiry = self._spec.expiration if self._spec is not None else None
        text = self.tr("{0} links, {1}, all valid until {2}.").format(
            f"{self.model.rowCount():,}", human_size(summary.total_size), local_time_seconds(expiry)
        )
        if self._refused:
            text += " " + self.tr("{0} objects have names OSS would refuse: no link for them (first: {1}).").format(
                len(self._refused), clip(visible(self._refused[0].key))
            )
        if not summary.count:
            text = self.tr("No objects matched: nothing to share.")
        self._say(text, error=bool(self._refused))
        self.linksReady.emit(self.model.rowCount())

    def _failed(self, job: ProgressJob, error: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self._running(False)
        self._set_outputs_enabled(self.model.rowCount() > 0)
        self._say(present(error).line, error=True)

    def _options_changed(self) -> None:
        """The links shown no longer match the options: they go, and are made again on demand."""
        if self._job is not None or not self.model.rowCount():
            return
        self.model.clear()
        self._set_outputs_enabled(False)
        self._say(self.tr("The options changed: press Make links for links with them."))

    def _links_expired(self) -> None:
        if self.model.rowCount():
            self.model.clear()
            self._set_outputs_enabled(False)
            self._say(self.tr("These links have expired: press Make links for fresh ones."), error=True)

    # --- handing them out -------------------------------------------------------------------
    def links(self) -> list[LinkRow]:
        return self.model.links()

    def copy_all(self, fmt: str) -> None:
        rows = self.links()
        if not rows or self.running:
            return
        self._hand_out(rows)
        self._copy.submit(lambda: (fmt, links_text(fmt, rows)))

    def _copied(self, made: tuple[str, str]) -> None:
        fmt, text = made
        QGuiApplication.clipboard().setText(text)
        self._say(self.tr("Copied {0} links.").format(f"{self.model.rowCount():,}"))
        self.outputDone.emit(f"copy:{fmt}")

    def save_to(self, path: str, fmt: str) -> None:
        rows = self.links()
        if not rows:
            return
        self._hand_out(rows)

        def work() -> str:
            save_links(Path(path), fmt, rows)
            return path

        self._save.submit(work)

    def write_qr_sheet(self, path: str) -> None:
        rows = self.links()
        if not rows or self.running:
            return
        self._hand_out(rows)
        items, page_size, title = sheet_items(rows), self.page_size.currentData(), self.tr("Download links")

        def work(job: ProgressJob) -> str:
            report = lambda page, pages: job.report((page, pages))  # noqa: E731
            write_sheet(Path(path), items, page_size=page_size, title=title, page_done=report)
            return path

        job = ProgressJob(work)
        job.reported.connect(self._sheet_progress)
        job.finished.connect(self._sheet_written)
        job.failed.connect(self._sheet_failed)
        self._sheet_job = job
        self.destroyed.connect(job.cancel)
        self._running(True)
        job.start()

    def _sheet_progress(self, job: ProgressJob, pages: tuple[int, int]) -> None:
        if job is self._sheet_job:
            self._say(self.tr("Writing the QR sheet: page {0} of {1}…").format(*pages))

    def _sheet_written(self, job: ProgressJob, path: str) -> None:
        if job is not self._sheet_job:
            return
        self._sheet_job = None
        self._running(False)
        self._say(self.tr("QR sheet saved: {0}").format(path))
        self.outputDone.emit(path)

    def _sheet_failed(self, job: ProgressJob, error: BaseException) -> None:
        if job is self._sheet_job:
            self._sheet_job = None
            self._running(False)
            self._output_failed(error)

    def _output_failed(self, error: BaseException) -> None:
        if isinstance(error, OSError):
            reason = error.strerror or type(error).__name__
            self._say(self.tr("Could not write the file: {0}").format(reason), error=True)
            return
        self._say(present(error).line, error=True)

    def _hand_out(self, rows: list[LinkRow]) -> None:
        if not self._handed_out and self._spec is not None:
            self._handed_out = True
            self.givenOut.emit(self._spec, rows)

    def _ask_save_path(self) -> None:
        if self.model.rowCount() and not self.running:
            ask_links_path(self, self.save_to)

    def _ask_sheet_path(self) -> None:
        if self.model.rowCount() and not self.running:
            ask_sheet_path(self, self.write_qr_sheet)

    # --- state shown -----------------------------------------------------------------------
    def _running(self, running: bool) -> None:
        self.make_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.options.setEnabled(not running)
        self.include.setEnabled(not running)
        self.exclude.setEnabled(not running)
        if running:
            self._set_outputs_enabled(False)
        elif self.model.rowCount():
            self._set_outputs_enabled(True)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for widget in (self.copy_button, self.save_button, self.qr_button, self.page_size):
            widget.setEnabled(enabled)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.progress.setStyleSheet(text_style(State.ERROR if error else None))
        self.progress.setText(text)

    def done(self, result: int) -> None:
        """However the dialog closes, the work it started stops."""
        for job in (self._job, self._sheet_job):
            if job is not None:
                job.cancel()
        self._job = self._sheet_job = None
        super().done(result)
