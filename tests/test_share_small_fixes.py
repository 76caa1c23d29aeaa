"""Small share-dialog fixes from issue 12, each with the behaviour a person sees."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = [pytest.mark.gui, OFFSCREEN_NOISE]


def test_add_header_opens_the_new_row_for_typing(qtbot: Any) -> None:
    """The new row used to be only selected: typed text went to the table's search and was lost."""
    from ossshare.ui.share.headers_widget import HeadersWidget

    widget = HeadersWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(widget.window().focusWidget(), "meta-owner")  # after the "x-oss-" prefix
    qtbot.keyClick(widget.window().focusWidget(), Qt.Key.Key_Tab)  # on to the value, still editing
    qtbot.keyClicks(widget.window().focusWidget(), "alice")
    qtbot.keyClick(widget.window().focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.values() == (None, None, {"x-oss-meta-owner": "alice"}), timeout=2000)
