"""Host: which address the link names. The link is signed for that host (OSS checks the
bucket and key, the host decides whether the recipient can reach it)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

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
        self.host_label.setTextFormat(Qt.TextFormat.PlainText)
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
        # The host name under the choice, free to be cut at the right (whole in its tooltip):
        # a long internal or custom host must not widen the form past a small screen.
        self.host_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.host_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.host_label)
        self.combo.currentIndexChanged.connect(self.changed)

    def choice(self) -> HostChoice:
        return self._choices[max(0, self.combo.currentIndex())]

    def select(self, kind: HostKind) -> bool:
        index = self.combo.findData(kind.value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def show_endpoint(self, endpoint: Endpoint | None, bucket: str) -> None:
        host = endpoint.host_for(bucket) if endpoint else ""
        self.host_label.setText(host)
        self.host_label.setToolTip(host)

    def set_error(self, rule: str | None) -> None:
        mark(self.combo, rule)
