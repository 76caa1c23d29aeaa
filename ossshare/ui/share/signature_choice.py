"""The signature version a link is made with: V4 or V1, starting at the profile's own."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ...core import SignatureVersion
from ...services.account import Account


class SignatureChoice(QComboBox):
    def __init__(self, parent: QWidget | None, account: Account) -> None:
        super().__init__(parent)
        self.addItem(self.tr("V4 (OSS4-HMAC-SHA256)"), int(SignatureVersion.V4))
        self.addItem(self.tr("V1 (legacy HMAC-SHA1)"), int(SignatureVersion.V1))
        if account.signature_version == 1:
            self.setCurrentIndex(1)

    def version(self) -> SignatureVersion:
        return SignatureVersion(self.currentData())
