"""The link the dialog shows downloads the right bytes from the sandbox, for a matrix of
options: version, signed headers, response overrides, host kinds, V1, STS credentials."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.share_hosts import HostKind
from tests.test_share_support import BUCKET, close_dialog, fetch, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


def _shown(dialog: Any) -> tuple[str, dict[str, str]]:
    """The URL as displayed and the signed headers the dialog lists."""
    url = dialog.result_panel.link_text()
    result = dialog.link_result()
    assert result is not None and result.url == url and dialog.error() is None
    headers = dict(result.signed_headers)
    for name, value in headers.items():
        assert f"{name}: {value}" in dialog.result_panel.headers.text()
    return url, headers


def _no_options(dialog: Any) -> None:
    pass


def _range_and_payer(dialog: Any) -> None:
    dialog.headers.range_behavior.setCurrentIndex(dialog.headers.range_behavior.findData("standard"))
    dialog.headers.request_payer.setChecked(True)
    dialog.headers.add_header("x-oss-meta-purpose", "review")


def _traffic_limit(dialog: Any) -> None:
    dialog.overrides.traffic_limit.setValue(200)


def _v1(dialog: Any) -> None:
    dialog.signature.setCurrentIndex(dialog.signature.findData(1))


def _seven_days(dialog: Any) -> None:
    dialog.expiry.preset.setCurrentIndex(4)


@pytest.mark.parametrize(
    "configure",
    [_no_options, _range_and_payer, _traffic_limit, _v1, _seven_days],
    ids=["plain", "signed-headers", "traffic-limit", "v1", "7-days"],
)
@pytest.mark.parametrize("key", ["hello.txt", "日本語/ファイル.txt", "space name.txt"])
def test_link_downloads_the_object(
    qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials, key: str, configure: Callable[[Any], None]
) -> None:
    from tests.fixtures.sandbox import SANDBOX_OBJECTS

    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), key)
    configure(dialog)
    url, headers = _shown(dialog)
    if configure is _v1:
        assert "Signature=" in url and "OSSAccessKeyId=" in url
    reply = fetch(sandbox, url, headers)
    assert reply.status_code == 200, reply.text
    assert reply.content == SANDBOX_OBJECTS[key]
    if headers:
        # Without the signed headers the signature does not match: the dialog's warning is true.
        assert fetch(sandbox, url).status_code == 403
        assert dialog.result_panel.header_warning.isVisibleTo(dialog)
    close_dialog(qtbot, dialog)


def test_older_version_and_delete_marker(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    old = sandbox.put_object(BUCKET, "versioned.txt", b"first")
    sandbox.put_object(BUCKET, "versioned.txt", b"second")
    marker = sandbox.delete_object(BUCKET, "versioned.txt")
    sandbox.put_object(BUCKET, "versioned.txt", b"third")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "versioned.txt")
    assert dialog.version.combo.count() == 5  # "latest" plus three versions and the marker
    assert fetch(sandbox, _shown(dialog)[0]).content == b"third"
    assert not dialog.version.select(marker)  # shown, but cannot be chosen
    assert dialog.version.version_id() is None
    assert dialog.version.select(old)
    url, _ = _shown(dialog)
    assert "versionId=" in url
    assert fetch(sandbox, url).content == b"first"
    close_dialog(qtbot, dialog)


def test_response_overrides_reach_the_recipient(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt")
    o = dialog.overrides
    o.disposition.setCurrentIndex(o.disposition.findData("attachment"))
    o.filename.setText("报告 final.txt")
    o.content_type.setText("application/x-test")
    o.cache_control.setText("no-cache")
    o.content_language.setText("zh-CN")
    url, headers = _shown(dialog)
    assert not headers
    reply = fetch(sandbox, url)
    assert reply.status_code == 200 and reply.content == b"hello, sandbox\n"
    assert reply.headers["Content-Type"] == "application/x-test"
    assert reply.headers["Cache-Control"] == "no-cache"
    assert reply.headers["Content-Language"] == "zh-CN"
    disposition = reply.headers["Content-Disposition"]
    assert (
        disposition.startswith('attachment; filename="')
        and "filename*=UTF-8''%E6%8A%A5%E5%91%8A%20final.txt" in disposition
    )
    o.disposition.setCurrentIndex(o.disposition.findData("inline"))
    assert fetch(sandbox, _shown(dialog)[0]).headers["Content-Disposition"].startswith("inline;")
    close_dialog(qtbot, dialog)


def test_sts_link_over_a_thousand_characters(qtbot: Any, sandbox: Sandbox) -> None:
    token = "CAIS" + "x7Yq/+=" * 150  # long, like a real STS token
    sts = Credentials("STS.NLongTokenKeyId", "LongTokenSecret0123456789abcdef", token)
    sandbox.set_credentials([sts])
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sts), "hello.txt")
    url, _ = _shown(dialog)
    assert len(url) > 1000 and "x-oss-security-token=" in url
    assert fetch(sandbox, url).content == b"hello, sandbox\n"
    close_dialog(qtbot, dialog)


def test_internal_host_is_signed_for_that_host(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "docs/readme.md")
    assert dialog.host.select(HostKind.INTERNAL)
    url, _ = _shown(dialog)
    assert url.startswith("http://test-bucket.oss-cn-hangzhou-internal.aliyuncs.com/docs/readme.md?")
    assert dialog.host.host_label.text() == "test-bucket.oss-cn-hangzhou-internal.aliyuncs.com"
    assert fetch(sandbox, url).content == b"# readme\n"
    close_dialog(qtbot, dialog)


def test_custom_domain_host(qtbot: Any, tmp_path: Any, sandbox_credentials: Credentials) -> None:
    domain = "files.example.com"
    with Sandbox(tmp_path / "cname", [sandbox_credentials], cnames={domain: BUCKET}) as sb:
        sb.put_object(BUCKET, "a b/c.txt", b"via custom domain")
        port = sb.port
        account = sandbox_account(sb, sandbox_credentials, cnames={BUCKET: f"{domain}:{port}"})
        dialog = open_dialog(qtbot, sb, account, "a b/c.txt")
        assert dialog.host.select(HostKind.CNAME)
        url, _ = _shown(dialog)
        assert url.startswith(f"http://{domain}:{port}/a%20b/c.txt?")
        reply = fetch(sb, url)
        assert reply.status_code == 200 and reply.content == b"via custom domain"
        close_dialog(qtbot, dialog)


def test_versions_of_longer_keys_are_not_listed(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    mine = [sandbox.put_object(BUCKET, "a.txt", b"1"), sandbox.put_object(BUCKET, "a.txt", b"2")]
    sandbox.put_object(BUCKET, "a.txt.bak", b"other")
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "a.txt")
    listed = [dialog.version.combo.itemData(i) for i in range(1, dialog.version.combo.count())]
    assert sorted(listed) == sorted(mine)
    close_dialog(qtbot, dialog)


def test_traffic_limited_link_needs_no_headers(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    """A traffic limit signed as a header made the link fail in any browser or phone; signed
    into the query, the bare link downloads (and the sandbox checks the limit's range there)."""
    dialog = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), "hello.txt", client=None)
    dialog.overrides.traffic_limit.setValue(200)
    url, headers = _shown(dialog)
    assert headers == {} and "x-oss-traffic-limit=1638400" in url
    assert not dialog.result_panel.header_warning.isVisibleTo(dialog)
    assert "phone cannot send" not in dialog.qr.warning.text()
    reply = fetch(sandbox, url)
    assert reply.status_code == 200 and reply.content == b"hello, sandbox\n"
    dialog.signature.setCurrentIndex(dialog.signature.findData(1))  # V1 signs it as a sub-resource
    url, headers = _shown(dialog)
    assert headers == {} and "x-oss-traffic-limit=1638400" in url
    assert fetch(sandbox, url).content == b"hello, sandbox\n"
    close_dialog(qtbot, dialog)
