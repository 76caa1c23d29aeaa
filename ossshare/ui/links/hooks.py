"""The window's side of the link history: recording what the window gives out (the share
dialog, Copy link, batches), the "Record links given out" preference, and the Links window."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from ...core import PresignRequest, PresignResult, SignatureVersion
from ..window_state import WindowState
from .recording import LinkRecording

if TYPE_CHECKING:  # the ledger's modules load with the first link recorded or the Links window
    from ...oss.models import ObjectEntry
    from ...services.ledger import LedgerNotice, LinkSpec
    from ..connection import AccountStores, Connection
    from ..main_window import MainWindow
    from ..share.dialog import ShareDialog
    from .window import LinksWindow
    from .work import Connections


def connections_for(current: Connection | None, stores: AccountStores) -> Connections:
    """What signs a recorded link again: the window's connection when the link's profile is the
    one open, else the saved profile of that name (read from the keyring, on a worker)."""

    def connection(profile: str | None) -> Connection:
        from ..connection import Choice, account_for, connect_account
        from .work import ProfileUnavailable

        if current is not None and current.account.profile_name == profile:
            return current
        if not profile or profile == "demo":  # the demo's key is made afresh for each run
            raise ProfileUnavailable(profile)
        choice = Choice("profile", profile)
        return connect_account(choice, account_for(choice, stores))

    return connection


class LinkHistory(QObject):
    def __init__(self, window: MainWindow, state: WindowState, *, path: Path | None = None) -> None:
        super().__init__(window)
        self._w, self._state = window, state
        self.recording = LinkRecording(self, enabled=lambda: state.record_links, path=path)
        self.recording.failed.connect(self._failed)
        self.recording.noticed.connect(self._noticed)
        self.links_window: LinksWindow | None = None
        action = window.commands.record_links
        action.setChecked(state.record_links)
        action.toggled.connect(self._set_recording)

    def _set_recording(self, on: bool) -> None:
        self._state.record_links = on

    # --- what the window gives out ----------------------------------------------------------
    def watch(self, dialog: ShareDialog, etag: str | None) -> None:
        """Record the dialog's link each time it is copied, shown full screen or saved as a QR
        code — once per distinct link. `etag`: the object's, when known (the latest version)."""
        last: list[LinkSpec | None] = [None]

        def given_out(*_args: object) -> None:
            if not shiboken6.isValid(dialog):
                return
            spec = dialog.link_spec()
            if spec is None or spec == last[0]:
                return
            last[0] = spec
            self.recording.record([(spec, etag if spec.request.version_id is None else None)])

        for signal in (
            dialog.copy_bar.copied, dialog.qr.saved, dialog.qr.full_screen_button.clicked,
            dialog.qr.copy_image_action.triggered,
        ):
            signal.connect(given_out)

    def copied(self, entries: Sequence[ObjectEntry], results: Sequence[PresignResult], bucket: str) -> None:
        """Copy link's links (the account's defaults, one instant)."""
        from ...services.ledger import LinkSpec

        connection = self._w.connection
        if connection is None or not results:
            return
        account, region = connection.account, self._w.region()
        endpoint = account.endpoint_for_bucket(region, bucket)
        version = SignatureVersion(account.signature_version or 4)
        self.recording.record(
            (LinkSpec(PresignRequest(bucket=bucket, key=e.key), region, endpoint, version, r.expiration,
                      account.profile_name), e.etag)
            for e, r in zip(entries, results, strict=True)
        )

    def _failed(self, error: BaseException) -> None:
        from ..problems import present

        self._w.status.showMessage(self.tr("Link history: {0}").format(present(error).line), 10000)

    def _noticed(self, notice: LedgerNotice) -> None:
        self._w.status.showMessage(
            self.tr("The link history could not be read; it was moved to {0} and a new one started.").format(
                notice.moved_to
            ),
            15000,
        )

    # --- the Links window ------------------------------------------------------------------------
    def _token_expiration(self, profile: str | None) -> datetime | None:
        connection = self._w.connection
        if connection is not None and connection.account.profile_name == profile:
            return connection.account.token_expiration
        return None

    def show_links_window(self) -> LinksWindow:
        from .window import LinksWindow

        window = self.links_window
        if window is None or not shiboken6.isValid(window):
            w = self._w
            window = LinksWindow(
                w, recording=self.recording, connections=lambda: connections_for(w.connection, w.stores),
                token_expiration=self._token_expiration,
            )
            self.links_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        window.reload()
        return window
