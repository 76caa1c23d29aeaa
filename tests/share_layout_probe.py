"""Run by test_share_layout.py in a fresh process (the screen size and the display scale are
fixed when Qt starts): opens the share dialog on the sandbox and prints, as JSON, what a
person would see of it. No tests of its own."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from ossshare.core import Credentials, EndpointOptions
from ossshare.sandbox import Sandbox
from ossshare.services.account import Account
from ossshare.ui.share.dialog import ShareDialog
from tests.test_share_support import decode_qimage

KEY = "reports/2026/季度报告 Q3.pdf"


def _rect(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _inside_scroll(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def measure(dialog: ShareDialog) -> dict[str, Any]:
    qr = dialog.qr.qr
    qr_rect = _rect(qr, dialog)
    screen = dialog.screen().availableGeometry()
    cut: list[str] = []
    for button in dialog.findChildren(QAbstractButton):
        if not button.isVisibleTo(dialog):
            continue
        name = button.text() or button.objectName()
        if button.width() < button.sizeHint().width():
            cut.append(f"{name}: {button.width()} < {button.sizeHint().width()}")
        elif not _inside_scroll(button) and not dialog.rect().contains(_rect(button, dialog)):
            cut.append(f"{name}: outside the window")
    # Top-level parts of the dialog that could lie over the code: everything but its own column.
    covering = [
        child.objectName() or type(child).__name__
        for child in dialog.findChildren(QWidget)
        if child.parentWidget() is dialog
        and child is not dialog.qr
        and child.isVisibleTo(dialog)
        and _rect(child, dialog).intersects(qr_rect)
    ]
    form = dialog.findChild(QScrollArea, "shareForm")
    content = form.widget()
    decoded = decode_qimage(qr.grab().toImage()) if qr.readable() else []
    return {
        "screen": [screen.width(), screen.height()],
        "dialog": [dialog.frameGeometry().x(), dialog.frameGeometry().y(), dialog.width(), dialog.height()],
        "fits": screen.contains(dialog.frameGeometry()),
        "qr_side": min(qr.width(), qr.height()),
        "qr_readable_side": qr.readable_side(),
        "qr_readable": qr.readable(),
        "qr_in_window": dialog.rect().contains(qr_rect),
        "covering": covering,
        "cut": cut,
        # The form scrolls up and down only: nothing of it is hidden at the right.
        "form_fits_width": content.minimumSizeHint().width() <= form.viewport().width(),
        "decoded_is_link": decoded == [dialog.link_result().url] if dialog.link_result() else False,
        "ratio": qr.devicePixelRatioF(),
        "qr_version": dialog.qr.code().version if dialog.qr.code() else 0,
        "full_screen_offered": dialog.qr.full_screen_button.isVisibleTo(dialog)
        and dialog.qr.full_screen_button.isEnabled(),
    }


def main() -> int:
    app = QApplication(sys.argv[:1])
    # With "sts" on the command line: a long STS token, so a link of QR version 40.
    token = "CAIS" + "x7Yq/+=" * 150 if sys.argv[1:] == ["sts"] else None
    credentials = Credentials("LTAI5tLayoutProbeKey", "LayoutProbeSecretNotReal0123456789", token)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, Sandbox(Path(tmp), credentials) as sandbox:
        sandbox.create_bucket("demo-bucket")
        sandbox.put_object("demo-bucket", KEY, b"%PDF-1.7")
        options = EndpointOptions(endpoint=sandbox.endpoint, http=True)
        account = Account(credentials, region=sandbox.region, endpoint_options=options)
        for unfolded in (False, True):
            dialog = ShareDialog(
                None, client=None, account=account, region=sandbox.region, bucket="demo-bucket", key=KEY
            )
            dialog.options.set_open(unfolded, remember=False)
            if token is None:  # (the STS link is as long as a QR code at level M can hold)
                dialog.expiry.preset.setCurrentIndex(4)  # 7 days
                dialog.overrides.disposition.setCurrentIndex(1)  # a download with its Unicode name
            dialog.show()
            dialog.qr.flush()
            for _ in range(5):
                app.processEvents()
            results["unfolded" if unfolded else "folded"] = measure(dialog)
            dialog.close()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
