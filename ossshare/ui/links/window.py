"""The Links window: the links given out, filtered by status, bucket and text, with a live
countdown; Copy again (the same link, ending at the same instant), Renew (a new expiry),
Forget, and what would stop a link early that can be known — the STS token's expiry and the
object deleted or replaced (a HEAD on demand, compared with the ETag recorded).

OSS cannot revoke one presigned link, so the window says plainly what does stop one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import utc_now
from ...core.visible import visible
from ...services.ledger import LedgerEntry, SignedAgain, Status
from ...services.share import PRESETS
from ..i18n import local_time, local_time_seconds
from ..problems import present
from ..requests import Request
from ..state_colors import State, text_style
from .model import LinksModel
from .recording import LinkRecording
from .work import Connections, Found, ObjectCheck, ProfileUnavailable, check_object, copy_again, forget, load, renew

_REFILTER_MS = 200  # typing in the filter asks the ledger once it pauses


class LinksWindow(QWidget):
    loaded = Signal(int)  # the list shown was read again: how many links
    done = Signal(str)  # an action finished: "copy", "renew", "forget", "check"

    def __init__(
        self, parent: QWidget | None, *, recording: LinkRecording, connections: Callable[[], Connections],
        token_expiration: Callable[[str | None], datetime | None] = lambda _profile: None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """`token_expiration(profile)`: the STS token's expiry of a profile, when known without asking."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Links given out — ossshare"))
        self._recording, self._connections, self._clock = recording, connections, clock
        self._token_expiration = token_expiration
        self._buckets: set[str] = set()
        self._checking: int | None = None  # the entry whose check is on its way
        self._load = Request[list[LedgerEntry]](self, self._loaded, self._failed)
        self._act = Request[tuple[str, object]](self, self._acted, self._failed)
        self._check = Request[tuple[int, ObjectCheck]](self, self._checked, self._check_failed)

        self.status = QComboBox(self)
        for text, value in ((self.tr("Active"), "active"), (self.tr("Expired"), "expired"), (self.tr("All"), "all")):
            self.status.addItem(text, value)
        self.bucket = QComboBox(self)
        self.bucket.addItem(self.tr("All buckets"), "")
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by name or note"))
        self.text.setClearButtonEnabled(True)
        self.model = LinksModel(self, clock=clock)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LinksModel.OBJECT, 320)
        header.resizeSection(LinksModel.EXPIRES, 150)
        header.resizeSection(LinksModel.CREATED, 130)
        self.table.setWordWrap(False)
        self.details = QLabel(self)
        self.details.setObjectName("linkDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        revocation = QLabel(
            self.tr(
                "OSS cannot revoke a single presigned link: it works until it expires. Before then it stops "
                "only if the object is deleted or renamed, the AccessKey that signed it is disabled or deleted "
                "(or the STS token that signed it expires), or a bucket policy denies the request. A link to an "
                "object replaced under the same name gives the new content. Forget removes a link from this "
                "list only."
            ),
            self,
        )
        revocation.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("&Copy again"), self)
        self.copy_button.setToolTip(self.tr("The same link, signed again: it ends when the one given out ends"))
        self.renew_for = QComboBox(self)
        names = (self.tr("15 minutes"), self.tr("1 hour"), self.tr("8 hours"), self.tr("1 day"), self.tr("7 days"))
        for name, span in zip(names, PRESETS, strict=True):
            self.renew_for.addItem(name, int(span.total_seconds()))
        self.renew_button = QPushButton(self.tr("&Renew for"), self)
        self.renew_button.setToolTip(self.tr("A new link for the same object and options, from now"))
        self.check_button = QPushButton(self.tr("C&heck object"), self)
        self.check_button.setToolTip(self.tr("Ask OSS whether the object was deleted or replaced since"))
        self.forget_button = QPushButton(self.tr("&Forget"), self)
        self.forget_button.setToolTip(self.tr("Remove from this list (Delete); the link keeps working"))
        self.message = QLabel(self)
        self.message.setObjectName("linksMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes keys and server messages
        self.message.setWordWrap(True)
        self._build_layout(revocation)

        self.status.currentIndexChanged.connect(self.reload)
        self.bucket.currentIndexChanged.connect(self.reload)
        self._refilter = QTimer(self)
        self._refilter.setSingleShot(True)
        self._refilter.setInterval(_REFILTER_MS)
        self._refilter.timeout.connect(self.reload)
        self.text.textChanged.connect(self._refilter.start)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self.copy_button.clicked.connect(self.copy_again)
        self.renew_button.clicked.connect(self.renew)
        self.check_button.clicked.connect(self.check)
        self.forget_button.clicked.connect(self.forget)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self.table, self.copy_again)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.forget)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, partial(self.text.setFocus))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._selection_changed()
        self.resize(980, 560)
        self.reload()

    def _build_layout(self, revocation: QLabel) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.bucket)
        filters.addWidget(self.text, 1)
        actions = QHBoxLayout()
        for widget in (self.copy_button, self.renew_button, self.renew_for, self.check_button, self.forget_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(revocation)

    # --- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        path, now = self._recording.path, self._clock()
        status: Status = self.status.currentData()
        bucket, text = self.bucket.currentData() or None, self.text.text().strip() or None
        self._load.submit(lambda: load(path, status, bucket, text, now))

    def _loaded(self, entries: list[LedgerEntry]) -> None:
        self.model.set_entries(entries)
        new = {e.spec.request.bucket for e in entries} - self._buckets
        if new:
            self._buckets |= new
            for name in sorted(new):
                self.bucket.addItem(visible(name), name)
        self.loaded.emit(len(entries))

    def _tick(self) -> None:
        self.model.tick()
        self._show_details()

    def selected(self) -> list[LedgerEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.entry_at(r) for r in rows]

    def _selection_changed(self) -> None:
        entries = self.selected()
        one = len(entries) == 1
        for button in (self.copy_button, self.renew_button, self.check_button):
            button.setEnabled(one)
        self.forget_button.setEnabled(bool(entries))
        self._show_details()

    def _show_details(self) -> None:
        entries = self.selected()
        if len(entries) != 1:
            self.details.setText("")
            return
        entry = entries[0]
        spec = entry.spec
        lines = [
            self.tr("Made {0} with profile {1}; valid until {2}.").format(
                local_time(entry.created), spec.profile or self.tr("(none)"), local_time_seconds(spec.expiration)
            )
        ]
        token = self._token_expiration(spec.profile)
        if token is not None:
            when = local_time(token)
            early = token < spec.expiration
            text = (
                self.tr("The STS token that signs for this profile expires at {0}: the link stops then.")
                if early
                else self.tr("The profile's STS token lasts longer than this link ({0}).")
            )
            lines.append(text.format(when))
        if spec.request.version_id:
            lines.append(self.tr("It opens version {0}, whatever is written later.").format(spec.request.version_id))
        check = self.model.check_of(entry.id)
        if check is not None:
            lines.append(check[0])
        self.details.setText("\n".join(lines))

    # --- actions -------------------------------------------------------------------------------
    def _one(self) -> LedgerEntry | None:
        entries = self.selected()
        return entries[0] if len(entries) == 1 else None

    def copy_again(self) -> None:
        entry = self._one()
        if entry is None:
            return
        now = self._clock()
        if not entry.is_active(now):
            self._say(self.tr("This link has expired: Renew makes a new one."), error=True)
            return
        connections, spec = self._connections(), entry.spec
        self._act.submit(lambda: ("copy", copy_again(connections, spec, now)))

    def renew(self) -> None:
        entry = self._one()
        if entry is None:
            return
        now = self._clock()
        expiration = now + timedelta(seconds=int(self.renew_for.currentData()))
        connections, spec, path = self._connections(), entry.spec, self._recording.path
        record = self._recording.enabled
        self._act.submit(lambda: ("renew", renew(connections, path, spec, now, expiration, record)))

    def forget(self) -> None:
        ids = [e.id for e in self.selected()]
        if ids:
            path = self._recording.path
            self._act.submit(lambda: ("forget", forget(path, ids)))

    def check(self) -> None:
        entry = self._one()
        if entry is None:
            return
        self.model.set_check(entry.id, self.tr("Checking…"), None)
        self._checking = entry.id
        connections = self._connections()
        self._check.submit(lambda: (entry.id, check_object(connections, entry)))

    def _acted(self, outcome: tuple[str, object]) -> None:
        kind, value = outcome
        if kind == "forget":
            text = self.tr("Forgot {0} links. Links already given out keep working until they expire.")
            self._say(text.format(value))
            self.reload()
        elif isinstance(value, SignedAgain):
            QGuiApplication.clipboard().setText(value.result.url)
            text = self.tr("Copied a link valid until {0}.").format(local_time_seconds(value.result.expiration))
            if value.capped is not None:
                text += " " + self.tr("It ends early, at {0}, when the STS token that signs it expires.").format(
                    local_time(value.capped)
                )
            if value.result.signed_headers:
                sent = ", ".join(f"{k}: {v}" for k, v in value.result.signed_headers.items())
                text += " " + self.tr("Whoever uses it must send these headers: {0}").format(sent)
            self._say(text)
            if kind == "renew":
                self.reload()
        self.done.emit(kind)

    def _checked(self, outcome: tuple[int, ObjectCheck]) -> None:
        entry_id, result = outcome
        texts = {
            Found.GONE: (self.tr("Deleted: the object is gone, so the link answers “not found”."), State.ERROR),
            Found.REPLACED: (
                self.tr("Replaced: the object changed since the link was made; the link gives the new content."),
                State.WARNING,
            ),
            Found.SAME: (self.tr("Unchanged since the link was made."), State.OK),
            Found.EXISTS: (self.tr("The object is there (no ETag was recorded to tell a replacement)."), None),
        }
        text, state = texts[result.found]
        if result.token_expiration is not None:
            text += " " + self.tr("The STS token expires at {0}: links it signed stop then.").format(
                local_time(result.token_expiration)
            )
        self.model.set_check(entry_id, text, state)
        self._show_details()
        self.done.emit("check")

    def _check_failed(self, error: BaseException) -> None:
        if self._checking is not None:
            self.model.set_check(self._checking, "", None)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ProfileUnavailable):
            self._say(
                self.tr("The profile {0} that made this link is not available here: it cannot be signed again.").format(
                    error.profile or self.tr("(none)")
                ),
                error=True,
            )
        else:
            self._say(present(error).line, error=True)
        self.done.emit("error")

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(text_style(State.ERROR if error else None))
        self.message.setText(text)
