"""The share dialog fits the screen it opens on: a 1366x768 laptop leaves about 700 pixels of
height, and a dialog taller than that hides its Close button below the screen edge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.ui.share.dialog_layout import MINIMUM_SIZE, PREFERRED_SIZE, fitted_size
from tests.test_share_support import close_dialog, decode_qimage, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("screen", [QSize(1366, 768 - 32), QSize(1280, 720), QSize(800, 600), QSize(1920, 1080 - 40)])
def test_initial_and_minimum_size_fit_the_available_screen(screen: QSize) -> None:
    size, minimum = fitted_size(screen)
    assert size.width() < screen.width() and size.height() < screen.height()
    assert minimum.width() <= size.width() and minimum.height() <= size.height()
    if screen.width() >= 1366:  # room enough: the preferred width, and a usable minimum
        assert size.width() == PREFERRED_SIZE.width() and minimum == MINIMUM_SIZE


def test_laptop_screen_leaves_room_for_the_title_bar_and_panel() -> None:
    size, _ = fitted_size(QSize(1366, 768))
    assert size.height() <= 700


def test_dialog_opens_within_the_screen(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    available = dialog.screen().availableGeometry().size()
    assert dialog.width() < available.width() and dialog.height() < available.height()
    assert dialog.minimumHeight() <= dialog.height()
    # The buttons row stays inside the window at that size.
    bottom = dialog.renew_button.mapTo(dialog, dialog.renew_button.rect().bottomLeft()).y()
    assert bottom < dialog.height()
    close_dialog(qtbot, dialog)


def test_long_sts_link_code_keeps_two_pixels_per_module_on_a_laptop(qtbot: Any, sandbox: Sandbox) -> None:
    """The QR column spans the dialog's full height, so even a version-40 code of a long STS
    link is drawn at two pixels per module (one pixel is too fine for a phone camera)."""
    token = "CAIS" + "x7Yq/+=" * 150
    sts = Credentials("STS.NLongTokenKeyId", "LongTokenSecret0123456789abcdef", token)
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sts), "hello.txt", client=None)
    size, _ = fitted_size(QSize(1366, 768 - 32))  # a laptop screen less a 32-pixel panel
    dialog.resize(size)
    qtbot.waitUntil(lambda: dialog.qr.qr.height() > 0)
    code = dialog.qr.code()
    assert code is not None and code.version >= 38
    assert dialog.qr.qr.scale() >= 2
    assert decode_qimage(dialog.qr.qr.grab().toImage()) == [dialog.link_result().url]
    close_dialog(qtbot, dialog)


def test_tab_follows_the_reading_order(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    """After the link text, Tab goes to the copy buttons and Test link under it, then to the QR
    column on the right, and ends on the dialog's own buttons."""
    from PySide6.QtCore import Qt

    from ossshare.services.snippets import SnippetKind

    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.result_panel.url.setFocus()
    seen = []
    for _ in range(20):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    order = [
        dialog.copy_bar.buttons[SnippetKind.LINK],
        dialog.tester.button,
        dialog.qr.full_screen_button,
        dialog.qr.level,
        dialog.renew_button,
    ]
    positions = [seen.index(widget) for widget in order]
    assert positions == sorted(positions)
    close_dialog(qtbot, dialog)
