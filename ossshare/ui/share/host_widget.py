"""Host: which address the link names. The link is signed for that host (OSS checks the
bucket and key, the host decides whether the recipient can reach it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...core import Endpoint
from ...services.account import Account
from ...services.share_hosts import HostChoice, HostKind, host_choices
from .field_marks import mark


class HostWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None, *, account: Account, bucket: str) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.host_label = QLabel(self)
        self.host_label.setObjectName("hostName")
        self._choices: list[HostChoice] = host_choices(account, bucket)
        labels = {
            HostKind.DEFAULT: self.tr("Profile endpoint"),
            HostKind.INTERNAL: self.tr("Internal (same-region VPC/ECS only)"),
            HostKind.ACCELERATE: self.tr("Transfer acceleration"),
        }
        for choice in self._choices:
            text = labels.get(choice.kind) or self.tr("Custom domain {0}").format(choice.domain)
            self.combo.addItem(text, choice.kind.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.host_label, 1)
        self.combo.currentIndexChanged.connect(self.changed)

    def choice(self) -> HostChoice:
        return self._choices[max(0, self.combo.currentIndex())]

    def select(self, kind: HostKind) -> bool:
        index = self.combo.findData(kind.value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def show_endpoint(self, endpoint: Endpoint | None, bucket: str) -> None:
        self.host_label.setText(endpoint.host_for(bucket) if endpoint else "")

    def set_error(self, rule: str | None) -> None:
        mark(self.combo, rule)
