"""Text from a server, a key or an error is shown as typed, never as markup: a message such as
`<img src=...>` or `<a href=...>` in an OSS error must not become an image or a link."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ossshare.core import Credentials
from ossshare.ui.widgets.error_banner import ErrorBanner
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_share_support import close_dialog, open_dialog, sandbox_account

pytestmark = OFFSCREEN_NOISE

MARKUP = "<b>Denied</b> <a href='https://evil.example/'>renew here</a>"


def test_the_banner_shows_a_server_message_as_text(qtbot: Any) -> None:
    banner = ErrorBanner()
    qtbot.addWidget(banner)
    banner.show_text("<i>Access denied</i>", MARKUP)
    assert banner.title == "<i>Access denied</i>" and banner.message == MARKUP
    labels = banner.findChildren(QLabel)
    shown = [label for label in labels if label.text() in (MARKUP, "<i>Access denied</i>")]
    assert len(shown) == 2 and all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    rich = QLabel()
    qtbot.addWidget(rich)
    rich.setText(MARKUP)  # as the banner did: bold words and a link, the tags gone
    message = next(label for label in shown if label.text() == MARKUP)
    assert message.sizeHint().width() > rich.sizeHint().width()  # every character of the tags is drawn


def test_the_windows_labels_for_server_text_are_plain(browser: Any) -> None:
    w = browser
    labels = [w.status._counts, w.details._status, w.welcome._note, *w.banner.findChildren(QLabel)]
    texts = [label for label in labels if label.pixmap().isNull()]  # the banner's icon holds no text
    assert texts and all(label.textFormat() == Qt.TextFormat.PlainText for label in texts)


def test_the_share_dialogs_labels_for_server_text_are_plain(
    qtbot: Any, sandbox: Any, sandbox_credentials: Credentials
) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "docs/readme.md")
    try:
        panel, qr = dialog.result_panel, dialog.qr
        labels = [
            panel.error, panel.headers, panel.header_warning, panel.hints,
            dialog.version.status, dialog.tester.status, dialog.host.host_label, dialog.copy_bar.status,
            qr.info, qr.warning, qr.status,
        ]
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    finally:
        close_dialog(qtbot, dialog)
