"""Image processing in the share dialog: a style or guided operations build the x-oss-process
value, shown as signed and editable by hand; the links (V4 and V1) download from the sandbox,
which checks the signature with the parameter (it serves the object unprocessed), and Test
link says so. Also the Options fold: its one-line summary and its memory."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.link_check import LinkOutcome
from ossshare.ui.share import share_prefs
from ossshare.ui.share.field_marks import is_marked
from ossshare.ui.share.process_widget import IMAGE, SNAPSHOT, STYLE, image_value, snapshot_value
from tests.fixtures.sandbox import SANDBOX_OBJECTS
from tests.test_share_support import close_dialog, fetch, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


def _kind(dialog: Any, kind: str) -> None:
    dialog.processing.kind.setCurrentIndex(dialog.processing.kind.findData(kind))


def _process_of(url: str) -> str:
    return parse_qs(urlsplit(url).query)["x-oss-process"][0]


def test_guided_values() -> None:
    assert image_value(200, 0, "", 0) == "image/resize,w_200"
    assert image_value(0, 120, "webp", 80) == "image/resize,h_120/format,webp/quality,q_80"
    assert image_value(0, 0, "png", 0) == "image/format,png"
    assert image_value(0, 0, "", 0) == ""
    assert snapshot_value(7.5, 800, 0, "jpg") == "video/snapshot,t_7500,f_jpg,w_800"


@pytest.mark.parametrize("version", [4, 1])
def test_style_link_downloads_and_its_process_is_signed(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials, version: int
) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.signature.setCurrentIndex(dialog.signature.findData(version))
    _kind(dialog, STYLE)
    dialog.processing.style_name.setText("thumb-200")
    assert dialog.processing.value.text() == "style/thumb-200"  # shown verbatim
    url = dialog.link_result().url
    assert _process_of(url) == "style/thumb-200"
    assert ("Signature=" in url) == (version == 1)
    reply = fetch(sandbox, url)
    assert reply.status_code == 200, reply.text
    assert reply.content == SANDBOX_OBJECTS["hello.txt"]
    # The parameter is under the signature: another style, or none, is refused.
    assert fetch(sandbox, url.replace("thumb-200", "thumb-201")).status_code == 403
    with qtbot.waitSignal(dialog.tester.finished, timeout=10000) as checked:
        qtbot.mouseClick(dialog.tester.button, Qt.MouseButton.LeftButton)
    assert checked.args[0].outcome is LinkOutcome.OK
    assert "processed: style/thumb-200" in dialog.options.summary.text()
    close_dialog(qtbot, dialog)


@pytest.mark.parametrize("version", [4, 1])
def test_guided_image_and_hand_edited_values_download(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials, version: int
) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.signature.setCurrentIndex(dialog.signature.findData(version))
    _kind(dialog, IMAGE)
    dialog.processing.resize_width.setValue(200)
    dialog.processing.format.setCurrentIndex(dialog.processing.format.findData("webp"))
    dialog.processing.quality.setValue(80)
    expected = "image/resize,w_200/format,webp/quality,q_80"
    assert _process_of(dialog.link_result().url) == expected
    assert fetch(sandbox, dialog.link_result().url).status_code == 200
    dialog.processing.value.setText(expected + "/rotate,90")  # by hand: signed as written
    assert _process_of(dialog.link_result().url) == expected + "/rotate,90"
    assert fetch(sandbox, dialog.link_result().url).status_code == 200
    _kind(dialog, SNAPSHOT)
    dialog.processing.at.setValue(3)
    assert _process_of(dialog.link_result().url) == "video/snapshot,t_3000,f_jpg"
    assert fetch(sandbox, dialog.link_result().url).status_code == 200
    close_dialog(qtbot, dialog)


def test_bad_process_value_marks_it_and_unfolds_the_options(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    share_prefs.set_options_open(False)
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    assert not dialog.options.is_open()
    dialog.processing.value.setText("image/resize,w_100\nimage/rotate,90")
    assert dialog.link_result() is None and is_marked(dialog.processing.value)
    assert "line breaks" in dialog.result_panel.error.text()
    assert dialog.options.is_open() and dialog.processing.value.isVisibleTo(dialog)
    assert not share_prefs.options_open()  # shown for the error, not a new preference
    dialog.processing.value.setText("image/resize,w_100")
    assert dialog.link_result() is not None and not is_marked(dialog.processing.value)
    close_dialog(qtbot, dialog)


def test_options_start_folded_and_remember_being_opened(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    account = sandbox_account(sandbox, sandbox_credentials)
    dialog = open_dialog(qtbot, sandbox, account, "hello.txt", client=None)
    # First run: simple first. The link, Copy, Test and the code are there; the rest is folded.
    assert not dialog.options.is_open() and not dialog.host.isVisibleTo(dialog)
    for shown in (dialog.result_panel.url, dialog.copy_bar, dialog.tester.button, dialog.qr.qr):
        assert shown.isVisibleTo(dialog)
    assert dialog.options.summary.text() == "V4 · 15 minutes"
    qtbot.mouseClick(dialog.options.button, Qt.MouseButton.LeftButton)
    assert dialog.options.is_open() and dialog.host.isVisibleTo(dialog)
    close_dialog(qtbot, dialog)
    assert share_prefs.prefs_path().is_file()  # kept for the next run too
    again = open_dialog(qtbot, sandbox, account, "hello.txt", client=None)
    assert again.options.is_open() and again.signature.isVisibleTo(again)
    qtbot.mouseClick(again.options.button, Qt.MouseButton.LeftButton)
    close_dialog(qtbot, again)
    assert not share_prefs.options_open()


def test_summary_names_what_is_set_and_warnings_stay_visible_when_folded(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    share_prefs.set_options_open(False)
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.expiry.preset.setCurrentIndex(4)  # 7 days
    dialog.overrides.disposition.setCurrentIndex(dialog.overrides.disposition.findData("attachment"))
    dialog.overrides.filename.setText("季度报告.pdf")
    dialog.headers.add_header("x-oss-meta-purpose", "review")
    assert dialog.options.summary.text() == "V4 · 7 days · download as 季度报告.pdf · needs a header"
    assert not dialog.options.is_open()
    # The header warnings are outside the fold.
    assert dialog.result_panel.header_warning.isVisibleTo(dialog)
    dialog.qr.flush()  # the code follows the last change once typing pauses
    assert dialog.qr.warning.isVisibleTo(dialog) and "phone cannot send" in dialog.qr.warning.text()
    close_dialog(qtbot, dialog)


def test_a_wanted_version_that_is_gone_is_shown_even_when_folded(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    """The version list carries the warning; it is under the fold, so the fold opens for it."""
    from ossshare.ui.share.dialog import ShareDialog
    from tests.test_share_support import BUCKET, sandbox_client

    share_prefs.set_options_open(False)
    sandbox.put_object(BUCKET, "kept.txt", b"first")
    marker = sandbox.delete_object(BUCKET, "kept.txt")  # a delete marker cannot be shared
    account = sandbox_account(sandbox, sandbox_credentials)
    dialog = ShareDialog(
        None,
        client=sandbox_client(sandbox, sandbox_credentials),
        account=account,
        region=sandbox.region,
        bucket=BUCKET,
        key="kept.txt",
        version_id=marker,
    )
    with qtbot.waitSignal(dialog.versions_loaded, timeout=10000):
        dialog.open()
    assert is_marked(dialog.version.combo) and "gone" in dialog.version.combo.toolTip()
    assert dialog.options.is_open() and dialog.version.combo.isVisibleTo(dialog)
    assert not share_prefs.options_open()
    close_dialog(qtbot, dialog)
