"""Hints the share dialog gives when the link is signed right but will not behave as its
options suggest: dot segments in the key, inline display and content type on OSS's domains."""

from __future__ import annotations

from typing import Any

import pytest

from ossshare.core import Credentials, PresignRequest, resolve_endpoint
from ossshare.sandbox import Sandbox
from ossshare.services.link_hints import Hint, link_hints
from tests.test_share_support import BUCKET, close_dialog, fetch, open_dialog, sandbox_account

pytestmark = pytest.mark.gui
OSS = resolve_endpoint("cn-hangzhou")


@pytest.mark.parametrize(
    "key,hinted",
    [
        ("a/../b.txt", True),
        ("./a.txt", True),
        ("a/.", True),
        ("a/..b/c.txt", False),
        ("a.b/c..txt", False),
        ("...", False),
    ],
)
def test_dot_segments(key: str, hinted: bool) -> None:
    assert (Hint.DOT_SEGMENTS in link_hints(PresignRequest("b-1", key), OSS)) is hinted


def test_inline_and_content_type_only_on_oss_domains() -> None:
    inline = PresignRequest(
        "b-1", "a.pdf", response_content_disposition="inline", response_content_type="application/pdf"
    )
    assert link_hints(inline, OSS) == [Hint.INLINE_ON_OSS_DOMAIN, Hint.CONTENT_TYPE_ON_OSS_DOMAIN]
    assert link_hints(inline, resolve_endpoint("cn-hangzhou", internal=True)) == [
        Hint.INLINE_ON_OSS_DOMAIN,
        Hint.CONTENT_TYPE_ON_OSS_DOMAIN,
    ]
    assert link_hints(inline, resolve_endpoint("cn-hangzhou", "files.example.com", cname=True)) == []
    assert link_hints(inline, resolve_endpoint("cn-hangzhou", "http://127.0.0.1:9000")) == []
    attachment = PresignRequest("b-1", "a.pdf", response_content_disposition="attachment; filename=a.pdf")
    assert link_hints(attachment, OSS) == []


def test_dialog_shows_the_dot_segment_hint_and_the_link_still_signs(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials
) -> None:
    sandbox.put_object(BUCKET, "a/../b.txt", b"dots")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "a/../b.txt")
    try:
        panel = dialog.result_panel
        assert panel.hints.isVisible()
        assert "'..'" in panel.hints.text()
        assert dialog.link_result() is not None
        # requests collapses the segment, as a browser would: the warning is not idle talk.
        assert fetch(sandbox, dialog.link_result().url).status_code != 200
    finally:
        close_dialog(qtbot, dialog)


def test_no_hint_for_an_ordinary_key(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    try:
        assert not dialog.result_panel.hints.isVisible()
    finally:
        close_dialog(qtbot, dialog)
