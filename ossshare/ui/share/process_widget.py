"""Image processing: the x-oss-process value signed into the link, built from a style name
or a few guided operations (resize, format, quality, video snapshot) and always shown as the
text that is signed, which can be edited by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from ..i18n import translate
from .field_marks import mark

FIELD = "x-oss-process"
NONE, STYLE, IMAGE, SNAPSHOT = "none", "style", "image", "snapshot"
IMAGE_FORMATS = ("jpg", "png", "webp", "gif", "bmp", "avif")
SNAPSHOT_FORMATS = ("jpg", "png")


def image_value(width: int, height: int, fmt: str, quality: int) -> str:
    """`image/...` with the operations that are set, in the order OSS applies them."""
    ops: list[str] = []
    if width or height:
        size = [f"w_{width}"] if width else []
        size += [f"h_{height}"] if height else []
        ops.append("resize," + ",".join(size))
    if fmt:
        ops.append(f"format,{fmt}")
    if quality:
        ops.append(f"quality,q_{quality}")
    return "image/" + "/".join(ops) if ops else ""


def snapshot_value(seconds: float, width: int, height: int, fmt: str) -> str:
    """`video/snapshot,...`: the frame at `seconds` (OSS counts milliseconds)."""
    parts = [f"t_{round(seconds * 1000)}", f"f_{fmt}"]
    parts += [f"w_{width}"] if width else []
    parts += [f"h_{height}"] if height else []
    return "video/snapshot," + ",".join(parts)


def _pixels(parent: QWidget, none_text: str) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 16384)  # OSS resizes to at most 16,384 pixels a side
    box.setSpecialValueText(none_text)
    box.setSuffix(translate("ProcessWidget", " px"))
    return box


class ProcessWidget(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("None"), NONE)
        self.kind.addItem(self.tr("Style"), STYLE)
        self.kind.addItem(self.tr("Resize or convert an image"), IMAGE)
        self.kind.addItem(self.tr("Video snapshot"), SNAPSHOT)

        self.style_name = QLineEdit(self)
        self.style_name.setPlaceholderText(self.tr("style name, as set up on the bucket"))
        keep = self.tr("keep")
        self.resize_width = _pixels(self, keep)
        self.resize_height = _pixels(self, keep)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("keep"), "")
        for fmt in IMAGE_FORMATS:
            self.format.addItem(fmt, fmt)
        self.quality = QSpinBox(self)
        self.quality.setRange(0, 100)
        self.quality.setSpecialValueText(self.tr("keep"))
        self.quality.setSuffix(self.tr(" %"))
        self.at = QDoubleSpinBox(self)
        self.at.setRange(0, 24 * 3600)
        self.at.setDecimals(1)
        self.at.setSuffix(self.tr(" s"))
        self.snap_width = _pixels(self, self.tr("video's"))
        self.snap_height = _pixels(self, self.tr("video's"))
        self.snap_format = QComboBox(self)
        for fmt in SNAPSHOT_FORMATS:
            self.snap_format.addItem(fmt, fmt)
        self.value = QLineEdit(self)
        self.value.setObjectName("processValue")
        self.value.setPlaceholderText(self.tr("e.g. image/resize,w_200 — signed as written"))

        self.pages = QStackedWidget(self)
        style_page = QWidget(self.pages)
        style_form = QFormLayout(style_page)
        style_form.addRow(self.tr("Style"), self.style_name)
        image_page = QWidget(self.pages)
        image_form = QFormLayout(image_page)
        image_form.addRow(self.tr("Width × height"), self._pair(image_page, self.resize_width, self.resize_height))
        image_form.addRow(self.tr("Format"), self.format)
        image_form.addRow(self.tr("Quality"), self.quality)
        snapshot_page = QWidget(self.pages)
        snapshot_form = QFormLayout(snapshot_page)
        snapshot_form.addRow(self.tr("At"), self.at)
        snapshot_form.addRow(self.tr("Width × height"), self._pair(snapshot_page, self.snap_width, self.snap_height))
        snapshot_form.addRow(self.tr("Format"), self.snap_format)
        # One page per kind, in the kind list's order ("None" has an empty page).
        self._pages = [QWidget(self.pages), style_page, image_page, snapshot_page]
        for page_form in (style_form, image_form, snapshot_form):
            page_form.setContentsMargins(0, 0, 0, 0)
        for page in self._pages:
            self.pages.addWidget(page)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Processing"), self.kind)
        form.addRow(self.pages)
        form.addRow(FIELD, self.value)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.style_name.textChanged.connect(self._build)
        for box in (self.resize_width, self.resize_height, self.quality, self.snap_width, self.snap_height):
            box.valueChanged.connect(self._build)
        self.at.valueChanged.connect(self._build)
        self.format.currentIndexChanged.connect(self._build)
        self.snap_format.currentIndexChanged.connect(self._build)
        self.value.textChanged.connect(self.changed)
        self._kind_changed()

    @staticmethod
    def _pair(parent: QWidget, first: QWidget, second: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(first, 1)
        layout.addWidget(second, 1)
        return row

    def _kind_changed(self) -> None:
        self.pages.setCurrentIndex(self.kind.currentIndex())
        # Only the page in use takes room: the others would leave the form as tall as the tallest.
        for index, page in enumerate(self._pages):
            page.setVisible(index == self.kind.currentIndex())
        self.pages.setVisible(self.kind.currentData() != NONE)
        self._build()

    def _build(self) -> None:
        """Write the value the guided fields describe (hand edits last until the next change)."""
        kind = self.kind.currentData()
        if kind == STYLE:
            name = self.style_name.text().strip()
            text = f"style/{name}" if name else ""
        elif kind == IMAGE:
            text = image_value(
                self.resize_width.value(), self.resize_height.value(), self.format.currentData(), self.quality.value()
            )
        elif kind == SNAPSHOT:
            text = snapshot_value(
                self.at.value(), self.snap_width.value(), self.snap_height.value(), self.snap_format.currentData()
            )
        else:
            text = ""
        if text != self.value.text():
            self.value.setText(text)  # announces the change

    def process(self) -> str | None:
        """The x-oss-process value to sign, None for the object as stored."""
        return self.value.text().strip() or None

    def set_error(self, field: str | None, rule: str | None) -> bool:
        mark(self.value, rule if field == FIELD else None)
        return field == FIELD
