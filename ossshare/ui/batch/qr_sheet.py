"""The QR sheet: a PDF (Qt's own QPdfWriter) with one QR code per link, its name and expiry.

Three columns and four rows: 12 codes a page, each about 5 cm wide on A4 and on Letter alike
(the grid is worked out from the page's printable area, so either paper size prints whole).
A code's modules are one filled path, so a PDF viewer draws no seams between them. The same
painting code draws on a QImage, which is how a page can be checked without a PDF renderer.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPainterPath, QPdfWriter

from ...services.qr import QUIET_ZONE, QrCode, QrTooLong, make_qr
from ..i18n import translate

COLUMNS, ROWS = 3, 4
PER_PAGE = COLUMNS * ROWS
MARGIN_MM = 12.0
RESOLUTION_DPI = 300
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_TEXT_POINTS = 7.5
# One fixed data mask for every code of a sheet: a few hundred codes in seconds, not minutes
# (segno scores all eight masks per code otherwise); each code is still decoded in the tests.
SHEET_MASK = 2


@dataclass(frozen=True, slots=True)
class SheetItem:
    name: str  # shown under the code (already made visible by the caller)
    expiry: str
    link: str


def default_page_size() -> str:
    """Letter where people measure in inches (the US), A4 everywhere else."""
    return "Letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def page_count(items: int) -> int:
    return max(1, -(-items // PER_PAGE))


def paint_page(
    painter: QPainter, area: QRectF, items: Sequence[SheetItem], *, page: int, pages: int
) -> None:
    """One page of the grid inside `area` (device units of the painter)."""
    font = QFont(painter.font())
    font.setPointSizeF(_TEXT_POINTS)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.lineSpacing()
    header = QRectF(area.left(), area.top(), area.width(), line * 1.5)
    painter.setPen(QColor("black"))
    painter.drawText(
        header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        translate("QrSheet", "Download links — page {0} of {1}").format(page, pages),
    )
    grid = area.adjusted(0, header.height(), 0, 0)
    cell_w, cell_h = grid.width() / COLUMNS, grid.height() / ROWS
    text_h = line * 2.4
    side = min(cell_w * 0.9, cell_h - text_h)
    for i, item in enumerate(items[:PER_PAGE]):
        col, row = i % COLUMNS, i // COLUMNS
        left, top = grid.left() + col * cell_w, grid.top() + row * cell_h
        square = QRectF(left + (cell_w - side) / 2, top, side, side)
        try:
            paint_code(painter, square, make_qr(item.link, mask=SHEET_MASK))
        except QrTooLong:
            painter.drawText(
                square, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                translate("QrSheet", "This link is too long for a QR code."),
            )
        text_w = cell_w * 0.94
        text_left = left + (cell_w - text_w) / 2
        name = metrics.elidedText(item.name, Qt.TextElideMode.ElideMiddle, text_w)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        painter.drawText(QRectF(text_left, square.bottom() + line * 0.2, text_w, line), flags, name)
        expiry = translate("QrSheet", "Expires {0}").format(item.expiry)
        painter.drawText(QRectF(text_left, square.bottom() + line * 1.2, text_w, line), flags, expiry)


def paint_code(painter: QPainter, square: QRectF, code: QrCode) -> None:
    """The code with its quiet zone, filling `square`: white ground, dark modules as one path."""
    module = square.width() / code.size_with_quiet_zone
    painter.fillRect(square, QColor("white"))
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    origin_x, origin_y = square.left() + QUIET_ZONE * module, square.top() + QUIET_ZONE * module
    for y, modules in enumerate(code.matrix):
        x = 0
        while x < len(modules):
            if not modules[x]:
                x += 1
                continue
            start = x
            while x < len(modules) and modules[x]:
                x += 1
            path.addRect(QRectF(origin_x + start * module, origin_y + y * module, (x - start) * module, module))
    painter.fillPath(path, QColor("black"))


def write_sheet(
    path: Path, items: Sequence[SheetItem], *, page_size: str = "A4", title: str = "",
    page_done: Callable[[int, int], None] | None = None,
) -> int:
    """Write the sheet to `path` (whole or not at all: a cancelled or failed write leaves
    nothing behind); `page_done(page, pages)` after each page may raise to stop. The page count."""
    pages = page_count(len(items))
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setCreator("ossshare")
    writer.setTitle(title)
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise OSError(translate("QrSheet", "cannot write {0}").format(path))
        paint = writer.pageLayout().paintRectPixels(writer.resolution())
        area = QRectF(0, 0, paint.width(), paint.height())  # the painter's origin is the printable area's corner
        for page in range(pages):
            if page:
                writer.newPage()
            chunk = items[page * PER_PAGE : (page + 1) * PER_PAGE]
            paint_page(painter, area, chunk, page=page + 1, pages=pages)
            if page_done is not None:
                page_done(page + 1, pages)
        painter.end()  # writes the document's end: the file is complete
        os.replace(tmp, path)
    except BaseException:
        if painter.isActive():
            painter.end()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return pages
