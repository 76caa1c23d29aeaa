"""QR codes from segno: the chosen level, the version, the quiet zone, and decodable files."""

from __future__ import annotations

import re

import pytest

from ossshare.services.qr import DEFAULT_LEVEL, QUIET_ZONE, QrTooLong, make_qr
from tests.test_share_support import decode_gray

SHORT = "https://b.oss-cn-hangzhou.aliyuncs.com/k.txt?x-oss-expires=900&x-oss-signature=ab"
LONG = "https://b.oss-cn-hangzhou.aliyuncs.com/k.txt?x-oss-security-token=" + "CAIS" * 270


def _raster(code, scale: int) -> tuple[bytes, int]:
    """The matrix with its quiet zone at `scale` pixels per module, as the dialog draws it."""
    n = code.size_with_quiet_zone
    rows = []
    for y in range(n):
        row = bytearray()
        for x in range(n):
            my, mx = y - QUIET_ZONE, x - QUIET_ZONE
            dark = 0 <= my < code.size and 0 <= mx < code.size and code.matrix[my][mx]
            row += (b"\x00" if dark else b"\xff") * scale
        rows.append(bytes(row) * scale)
    return b"".join(rows), n * scale


def test_default_level_is_m_and_is_kept() -> None:
    code = make_qr(SHORT)
    assert DEFAULT_LEVEL == "M" and code.level == "M"
    # segno would boost to a higher level when room allows; the chosen level must stay.
    assert make_qr("x", "L").level == "L"
    assert make_qr(SHORT, "h").level == "H"


@pytest.mark.parametrize("text", [SHORT, LONG])
def test_matrix_decodes_to_the_text(text: str) -> None:
    code = make_qr(text)
    pixels, side = _raster(code, 3)
    assert decode_gray(pixels, side, side) == [text]
    assert code.size == 17 + 4 * code.version


@pytest.mark.parametrize("mask", range(8))
def test_a_fixed_mask_still_decodes_to_the_text(mask: int) -> None:
    code = make_qr(SHORT + str(mask), mask=mask)
    assert code.symbol.mask == mask
    pixels, side = _raster(code, 3)
    assert decode_gray(pixels, side, side) == [SHORT + str(mask)]


def test_long_links_are_dense() -> None:
    assert len(LONG) > 1000
    assert make_qr(LONG).version > 25 and make_qr(LONG).dense
    assert not make_qr(SHORT).dense


def test_too_long_is_a_clear_error() -> None:
    with pytest.raises(QrTooLong, match="does not fit"):
        make_qr("x" * 5000, "H")


def test_bad_level_and_scale() -> None:
    with pytest.raises(ValueError):
        make_qr(SHORT, "X")
    with pytest.raises(ValueError):
        make_qr(SHORT).png(0)


def test_svg_size_is_integer_scale_with_quiet_zone() -> None:
    code = make_qr(SHORT)
    svg = code.svg(scale=5).decode()
    side = code.size_with_quiet_zone * 5
    assert f'width="{side}"' in svg and f'height="{side}"' in svg
    assert re.search(r'fill="#fff"', svg)  # an opaque light background


def test_png_is_a_png_of_the_right_size() -> None:
    code = make_qr(SHORT)
    png = code.png(scale=3)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert width == code.size_with_quiet_zone * 3


def test_repr_holds_no_link() -> None:
    assert "signature" not in repr(make_qr(SHORT))
