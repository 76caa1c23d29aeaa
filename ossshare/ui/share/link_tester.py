"""Test link: the recipient's request, run off the GUI thread, its answer shown in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...core import PresignResult
from ...services.link_check import LinkCheck, LinkOutcome, check_link
from ..error_messages import translated
from ..problems import present
from ..requests import Request
from ..state_colors import State, text_style


class LinkTester(QWidget):
    finished = Signal(object)  # LinkCheck

    def __init__(self, parent: QWidget | None, current: Callable[[], PresignResult | None]) -> None:
        super().__init__(parent)
        self._current = current
        self._check = Request[LinkCheck](self, self._done, self._crashed)
        self._needs_headers = False  # of the link under test
        self.button = QPushButton(self.tr("Test link"), self)
        self.button.setToolTip(self.tr("Fetch the first byte the way the recipient would, without your credentials"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("linkStatus")
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self.button.clicked.connect(self.start)

    def start(self) -> None:
        result = self._current()
        if result is None:
            return
        self.status.setText(self.tr("Testing…"))
        self.status.setStyleSheet("")
        self._needs_headers = result.needs_headers
        self._check.submit(lambda: check_link(result))

    def reset(self) -> None:
        """The link changed: a reply still on its way is about an old link."""
        self._check.cancel()
        self.status.setText("")
        self.status.setStyleSheet("")

    def _done(self, check: LinkCheck) -> None:
        text = self.describe(check)
        if check.ok and self._needs_headers:
            # The test sent the signed headers; whoever just opens the link cannot.
            text += " " + self.tr("Only with its signed headers: opened in a browser or from a QR code, it fails.")
        self.status.setText(text)
        self.status.setStyleSheet(text_style(State.OK if check.ok else State.ERROR))
        self.finished.emit(check)

    def _crashed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The test could not run: {0}").format(present(exc).message))
        self.status.setStyleSheet(text_style(State.ERROR))

    def describe(self, check: LinkCheck) -> str:
        texts = {
            LinkOutcome.OK: self.tr("OK — the link works (HTTP {0})."),
            LinkOutcome.EXPIRED: self.tr("Expired — the link is no longer valid; make a new one (HTTP {0})."),
            LinkOutcome.ACCESS_DENIED: self.tr(
                "Access denied (HTTP {0}): the signing account may not read this object."
            ),
            LinkOutcome.NOT_RESTORED: self.tr(
                "Archive object not restored (HTTP {0}): restore it, then share it while the copy lasts."
            ),
            LinkOutcome.SIGNATURE_MISMATCH: self.tr(
                "Signature rejected (HTTP {0}): check credentials, region and host."
            ),
            LinkOutcome.CREDENTIALS: self.tr(
                "Credentials refused (HTTP {0}): the AccessKey ID is unknown or disabled, or the STS token "
                "is invalid or expired. Check the profile."
            ),
            LinkOutcome.NOT_FOUND: self.tr("Not found (HTTP {0}): the object or version does not exist."),
            LinkOutcome.OTHER: self.tr("Unexpected answer: HTTP {0}."),
        }
        if check.outcome is LinkOutcome.CLOCK and check.clock_skew is not None:
            minutes = round(abs(check.clock_skew) / 60)
            if check.clock_skew > 0:
                text = self.tr(
                    "Clock off (HTTP {0}): this computer's clock is {1} min ahead of the server's. "
                    "Correct it, then Renew."
                )
            else:
                text = self.tr(
                    "Clock off (HTTP {0}): this computer's clock is {1} min behind the server's. "
                    "Correct it, then Renew."
                )
            text = text.format(check.status, minutes)
            return text + " " + self.tr("OSS says: {0} {1}").format(check.code, check.oss_message).rstrip()
        if check.outcome is LinkOutcome.NETWORK:
            return self.tr("Network error: {0}").format(translated(check.message))
        text = texts[check.outcome].format(check.status)
        if check.code and check.outcome is not LinkOutcome.OK:
            text += " " + self.tr("OSS says: {0} {1}").format(check.code, check.oss_message).rstrip()
        return text
