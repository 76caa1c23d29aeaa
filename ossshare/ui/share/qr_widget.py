"""Drawing a QR matrix crisply: every module is a whole number of pixels, the quiet zone is
always white, and the code is centred in whatever space the widget gets."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...services.qr import QUIET_ZONE, QrCode


def render_qr_image(code: QrCode, scale: int) -> QImage:
    """The code with its quiet zone, `scale` pixels per module, black on white (Grayscale8)."""
    scale = max(1, int(scale))
    n = code.size_with_quiet_zone
    side = n * scale
    dark, light = b"\x00" * scale, b"\xff" * scale
    quiet = light * QUIET_ZONE
    blank = b"\xff" * side
    rows: list[bytes] = [blank] * (QUIET_ZONE * scale)
    for modules in code.matrix:
        line = quiet + b"".join(dark if m else light for m in modules) + quiet
        rows.extend([line] * scale)
    rows.extend([blank] * (QUIET_ZONE * scale))
    data = b"".join(rows)
    # copy(): the QImage must own its pixels, not borrow the bytes object above.
    return QImage(data, side, side, side, QImage.Format.Format_Grayscale8).copy()


class QrWidget(QWidget):
    """Paints the code at the largest integer scale that fits; double-click asks for full screen.

    Below `min_scale` device pixels per module a phone camera no longer reads the code from a
    screen: then the code is not drawn at all, and the widget offers the full-screen view."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None, *, min_scale: int = 2) -> None:
        super().__init__(parent)
        self._code: QrCode | None = None
        self._cache: tuple[int, QImage] | None = None
        self._min_scale = min_scale
        self._placeholder = ""
        self._stale = False
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)  # square: as tall as it is wide, where there is room
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_code(self, code: QrCode | None, placeholder: str = "") -> None:
        self._code = code
        self._stale = False
        self._cache = None
        self._placeholder = placeholder
        self.updateGeometry()
        self.update()

    def code(self) -> QrCode | None:
        return self._code

    def set_stale(self, stale: bool) -> None:
        """The link changed and a new code is on its way: fade the old one so nobody scans it."""
        if stale != self._stale:
            self._stale = stale
            self.update()

    def is_stale(self) -> bool:
        return self._stale

    def _device_ratio(self) -> float:
        return max(1.0, self.devicePixelRatioF())

    def scale(self) -> int:
        """Device pixels per module at the current size (0 when no code is shown). Counted in
        device pixels: at 125% or 150% display scaling a whole number of logical pixels would
        give modules of uneven width."""
        if self._code is None:
            return 0
        side = int(min(self.width(), self.height()) * self._device_ratio())
        return max(1, side // self._code.size_with_quiet_zone)

    def readable_side(self) -> int:
        """The smallest side, in logical pixels, at which the code is drawn readable."""
        n = self._code.size_with_quiet_zone if self._code else 41
        return math.ceil(n * self._min_scale / self._device_ratio())

    def readable(self) -> bool:
        """True when the code is drawn (not replaced by the full-screen offer)."""
        return self._code is not None and self.scale() >= self._min_scale

    def image(self) -> QImage | None:
        """The picture of the code exactly as painted at the current size, in device pixels."""
        if self._code is None:
            return None
        scale, ratio = self.scale(), self._device_ratio()
        if self._cache is None or self._cache[0] != scale or self._cache[1].devicePixelRatio() != ratio:
            image = render_qr_image(self._code, scale)
            image.setDevicePixelRatio(ratio)
            self._cache = (scale, image)
        return self._cache[1]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's naming
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def sizeHint(self) -> QSize:  # noqa: N802
        n = self._code.size_with_quiet_zone if self._code else 41
        return QSize(n * 3, n * 3)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        side = self.readable_side()
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        image = self.image() if self.readable() else None
        if image is None:
            text = self._placeholder
            if self._code is not None:
                text = self.tr("Too small to scan here: double-click for the full-screen code.")
            painter.setPen(self.palette().windowText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        else:
            # Offsets on whole device pixels and no smoothing: module edges stay sharp.
            ratio = self._device_ratio()
            x = (int(self.width() * ratio) - image.width()) // 2
            y = (int(self.height() * ratio) - image.height()) // 2
            if self._stale:
                painter.setOpacity(0.15)
            painter.drawImage(QPointF(x / ratio, y / ratio), image)
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._code is not None:
            self.activated.emit()


class QrFullScreen(QWidget):
    """The code alone on a white screen, as large as the screen allows, for a phone to scan."""

    def __init__(self, code: QrCode, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("QR code — press Esc to close"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        palette.setColor(self.foregroundRole(), QColor("#333333"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.qr = QrWidget(self, min_scale=1)
        self.qr.setPalette(palette)
        self.qr.set_code(code)
        hint = QLabel(self.tr("Scan with a phone camera. Esc or a click closes this view."), self)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)  # the screen sets the size
        layout.addWidget(self.qr, 1)
        layout.addWidget(hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.close()
