"""Helpers for the share tests (QR decoding); no tests of its own."""

from __future__ import annotations

import zxingcpp


def decode_gray(pixels: bytes, width: int, height: int) -> list[str]:
    """Decode QR codes in an 8-bit grayscale buffer, rows packed without padding."""
    view = memoryview(pixels).cast("B", (height, width))
    return [b.text for b in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


def decode_qimage(image: object) -> list[str]:
    """Decode a QImage: converted to Grayscale8 first (zxing-cpp refuses Format_Mono), and the
    pixels copied out row by row so the buffer outlives the call and row padding is dropped."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage) and not image.isNull()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    pixels = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    return decode_gray(pixels, width, height)
