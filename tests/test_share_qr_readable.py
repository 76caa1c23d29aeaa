"""Below two device pixels a module a phone no longer reads the code from a screen: the
widget then draws no code at all and offers the full-screen view (double-click) instead."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt

from ossshare.services.qr import make_qr
from tests.test_share_support import decode_qimage

pytestmark = pytest.mark.gui

LINK = "https://demo-bucket.oss-cn-hangzhou.aliyuncs.com/reports/q3.pdf?x-oss-signature=" + "ab12" * 40


def test_code_too_small_to_scan_is_replaced_by_the_full_screen_offer(qtbot: Any) -> None:
    from ossshare.ui.share.qr_widget import QrWidget

    widget = QrWidget()
    qtbot.addWidget(widget)
    code = make_qr(LINK, "M")
    widget.set_code(code)
    side = widget.readable_side()
    assert side == code.size_with_quiet_zone * 2  # two device pixels a module, at ratio 1
    assert widget.minimumSizeHint() == QSize(side, side)  # what a layout is asked to give it
    widget.resize(side, side)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.readable() and decode_qimage(widget.grab().toImage()) == [LINK]

    widget.resize(side - 2, side - 2)  # one pixel a module: too fine for a phone camera
    assert not widget.readable()
    assert widget.image() is not None  # the code exists...
    assert decode_qimage(widget.grab().toImage()) == []  # ...but is not drawn
    with qtbot.waitSignal(widget.activated, timeout=1000):
        qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)
