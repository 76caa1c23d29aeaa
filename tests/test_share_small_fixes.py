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


def test_demo_internal_and_acceleration_hosts_name_the_bucket_in_the_host(qtbot: Any) -> None:
    """The demo's path-style setting (for its loopback address) was carried to OSS's internal
    and acceleration hosts: https://oss-accelerate.aliyuncs.com/ossshare-demo/... is wrong."""
    from ossshare.services.share_hosts import HostKind
    from ossshare.ui.connection import connect_demo
    from ossshare.ui.share.dialog import ShareDialog

    connection = connect_demo()
    try:
        account, region = connection.account, connection.region
        dialog = ShareDialog(None, client=None, account=account, region=region, bucket="ossshare-demo", key="a.txt")
        qtbot.addWidget(dialog)
        urls = {}
        for kind in (HostKind.DEFAULT, HostKind.INTERNAL, HostKind.ACCELERATE):
            assert dialog.host.select(kind)
            result = dialog.link_result()
            assert result is not None
            urls[kind] = result.url
        assert urls[HostKind.DEFAULT].startswith(f"{connection.sandbox.endpoint}/ossshare-demo/a.txt?")
        assert urls[HostKind.INTERNAL].startswith(f"https://ossshare-demo.oss-{region}-internal.aliyuncs.com/a.txt?")
        assert urls[HostKind.ACCELERATE].startswith("https://ossshare-demo.oss-accelerate.aliyuncs.com/a.txt?")
    finally:
        connection.close()


@pytest.mark.parametrize(("zone", "local_shown"), [("UTC", False), ("Asia/Shanghai", True)])
def test_expiry_names_utc_once_when_local_time_is_utc(qtbot: Any, zone: str, local_shown: bool) -> None:
    """With TZ=UTC the expiry read "… UTC local · … UTC"."""
    import os
    import time
    from datetime import UTC, datetime, timedelta

    from ossshare.services.share import plan_expiry
    from ossshare.ui.share.expiry_widget import ExpiryWidget

    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        now = datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)
        widget = ExpiryWidget(clock=lambda: now)
        qtbot.addWidget(widget)
        widget.show_plan(plan_expiry(now, duration=timedelta(hours=1)), True)
        text = widget.effective.text()
    finally:  # the zone is the process's: put it back before anything else reads the clock
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()
    if local_shown:
        assert text == "2026-12-06 10:02:03 CST local · 2026-12-06 02:02:03 UTC"
    else:
        assert text == "2026-12-06 02:02:03 UTC"


def test_copied_label_leaves_the_code_its_size(qtbot: Any, sandbox: Any, sandbox_credentials: Any) -> None:
    """Showing "Copied." widened the copy row and took width from the QR column: ~405 to ~340 px."""
    from ossshare.services.snippets import SnippetKind
    from tests.test_share_support import close_dialog, open_dialog, sandbox_account

    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.resize(760, 520)  # tight: every pixel of width is shared between the form and the code
    qtbot.waitUntil(lambda: dialog.qr.qr.width() > 0)
    before = (dialog.qr.qr.size(), dialog.qr.qr.scale(), dialog.copy_bar.buttons[SnippetKind.LINK].geometry())
    with qtbot.waitSignal(dialog.copy_bar.copied, timeout=2000):
        qtbot.mouseClick(dialog.copy_bar.buttons[SnippetKind.LINK], Qt.MouseButton.LeftButton)
    assert dialog.copy_bar.status.text() == "Copied."
    qtbot.wait(50)  # let a layout change, if any, happen
    after = (dialog.qr.qr.size(), dialog.qr.qr.scale(), dialog.copy_bar.buttons[SnippetKind.LINK].geometry())
    assert after == before
    close_dialog(qtbot, dialog)
