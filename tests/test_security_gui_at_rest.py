"""The window's whole sharing path leaves no secret in a file or a log.

A profile with an STS token is added in the window (secret and token to the keyring), the
window lists the bucket, a link is made, tested and copied in every form, the window closes
(its state file is written), all with every logger at DEBUG. Then every file under the private
HOME (config, state, data, cache) and the captured log are searched for the secret, the token
and the link's signature.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from PySide6.QtWidgets import QApplication

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.snippets import SnippetKind
from ossshare.ui.share.dialog import ShareDialog
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.qt import OFFSCREEN_NOISE, shown_dialog
from tests.test_share_support import close_dialog
from tests.test_ui_profiles import fill, finish, welcome_window

pytestmark = [OFFSCREEN_NOISE, pytest.mark.gui]


def test_sharing_from_the_window_writes_and_logs_no_secret(
    qtbot: Any,
    sandbox: Sandbox,
    sts_sandbox_credentials: Credentials,
    memory_keyring: MemoryKeyring,
    isolated_home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    creds = sts_sandbox_credentials
    assert creds.security_token is not None
    caplog.set_level(logging.DEBUG)

    window = welcome_window(qtbot)
    window.welcome.add_button.click()
    dialog = shown_dialog(window, ProfileDialog)
    qtbot.waitUntil(lambda: "Nothing secret is written to a file" in dialog.where.text())
    fill(dialog, sandbox, creds, name="sts")
    dialog.token.setText(creds.security_token)
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert ("ossshare", "sts:sts") in memory_keyring.entries
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)

    row = window.objects.row_of_key("hello.txt")
    assert row is not None
    window.object_view.setCurrentIndex(window.proxy.mapFromSource(window.objects.index(row, 0)))
    window.share_current()
    share = shown_dialog(window, ShareDialog)
    qtbot.waitUntil(lambda: share.link_result() is not None, timeout=15000)
    url = share.link_result().url
    assert quote(creds.security_token, safe="") in url
    with qtbot.waitSignal(share.tester.finished, timeout=20000) as tested:
        share.tester.button.click()
    assert tested.args[0].ok, tested.args[0].message
    for kind in SnippetKind:
        assert share.copy_bar.copy(kind)
        assert QApplication.clipboard().text()  # the product: the link, with its token, to paste
    close_dialog(qtbot, share)
    finish(window, qtbot)

    signature = parse_qs(urlsplit(url).query)["x-oss-signature"][0]
    needles = {
        "secret": creds.access_key_secret,
        "token": creds.security_token,
        "token (percent-encoded)": quote(creds.security_token, safe=""),
        "signature": signature,
    }
    files = [p for p in isolated_home.rglob("*") if p.is_file() and not p.is_symlink()]
    assert any(p.name == "settings.json" for p in files) and any(p.name == "window.json" for p in files)
    found = [
        f"{what} in {p.relative_to(isolated_home)}"
        for p in files
        for what, v in needles.items()
        if v.encode() in p.read_bytes()
    ]
    found += [f"{what} in the log" for what, v in needles.items() if v in caplog.text]
    assert found == []
    assert "REDACTED" in caplog.text  # the test request was logged, scrubbed
