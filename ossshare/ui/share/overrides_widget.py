"""Response overrides signed into the link (response-* query parameters) and the traffic
limit: how the recipient's browser treats the download."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...services.disposition import content_disposition
from .field_marks import mark

DEFAULT, ATTACHMENT, INLINE = "default", "attachment", "inline"
KIB_BITS = 8 * 1024  # the traffic limit is signed in bit/s; people think in KB/s


class Overrides(TypedDict):
    """PresignRequest keyword arguments this widget sets."""

    response_content_disposition: str | None
    response_content_type: str | None
    response_cache_control: str | None
    response_content_language: str | None
    traffic_limit: int | None
    traffic_limit_in_query: bool


class OverridesWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, filename: str = "") -> None:
        super().__init__(parent)
        self.disposition = QComboBox(self)
        self.disposition.addItem(self.tr("As stored"), DEFAULT)
        self.disposition.addItem(self.tr("Download (attachment)"), ATTACHMENT)
        self.disposition.addItem(self.tr("Show in browser (inline)"), INLINE)
        self.filename = QLineEdit(filename, self)
        self.filename.setPlaceholderText(self.tr("file name the recipient saves"))
        self.content_type = QLineEdit(self)
        self.content_type.setPlaceholderText(self.tr("as stored, e.g. application/pdf"))
        self.cache_control = QLineEdit(self)
        self.cache_control.setPlaceholderText(self.tr("as stored, e.g. no-cache"))
        self.content_language = QLineEdit(self)
        self.content_language.setPlaceholderText(self.tr("as stored, e.g. zh-CN"))
        self.traffic_limit = QSpinBox(self)
        self.traffic_limit.setRange(0, 102400)
        self.traffic_limit.setSingleStep(100)
        self.traffic_limit.setSuffix(self.tr(" KB/s"))
        self.traffic_limit.setSpecialValueText(self.tr("No limit"))

        # Room for a readable part of the name beside the choice, even in a narrow form.
        self.filename.setMinimumWidth(self.filename.fontMetrics().horizontalAdvance("x" * 12))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.disposition)
        row.addWidget(self.filename, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Open as"), row)
        form.addRow(self.tr("Content type"), self.content_type)
        form.addRow(self.tr("Cache control"), self.cache_control)
        form.addRow(self.tr("Content language"), self.content_language)
        form.addRow(self.tr("Traffic limit"), self.traffic_limit)

        self.disposition.currentIndexChanged.connect(self._disposition_changed)
        for edit in (self.filename, self.content_type, self.cache_control, self.content_language):
            edit.textChanged.connect(self.changed)
        self.traffic_limit.valueChanged.connect(self.changed)
        self._disposition_changed()

    def _disposition_changed(self) -> None:
        self.filename.setEnabled(self.disposition.currentData() != DEFAULT)
        self.changed.emit()

    def disposition_value(self) -> str | None:
        kind = self.disposition.currentData()
        if kind == DEFAULT:
            return None
        return content_disposition(self.filename.text(), inline=kind == INLINE)

    def values(self) -> Overrides:
        kib = self.traffic_limit.value()
        return {
            "response_content_disposition": self.disposition_value(),
            "response_content_type": self.content_type.text().strip() or None,
            "response_cache_control": self.cache_control.text().strip() or None,
            "response_content_language": self.content_language.text().strip() or None,
            "traffic_limit": kib * KIB_BITS if kib else None,
            # In the query, not as a signed header: a browser or phone can then open the link.
            "traffic_limit_in_query": bool(kib),
        }

    def save_name(self) -> str:
        """The file name a download command should write to."""
        return self.filename.text().strip()

    def set_error(self, field: str | None, rule: str | None) -> bool:
        targets = {
            "response-content-disposition": self.filename,
            "response-content-type": self.content_type,
            "response-cache-control": self.cache_control,
            "response-content-language": self.content_language,
            "traffic limit": self.traffic_limit,
        }
        for name, widget in targets.items():
            mark(widget, rule if name == field else None)
        return field in targets
