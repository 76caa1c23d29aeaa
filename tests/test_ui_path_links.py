"""The path bar opens every link form ossshare makes (region hosts virtual-hosted or path-style,
internal, accelerate, dual-stack; the profile's own endpoint, such as the demo sandbox's; a
bucket's own endpoint; a custom domain bound to a bucket) and says why when it cannot."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from ossshare.core import Credentials, EndpointOptions
from ossshare.sandbox.demo import DEMO_BUCKET
from ossshare.services.account import Account
from ossshare.services.share import default_link
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.widgets.link_places import LinkHosts, Unreadable, read_link
from ossshare.ui.widgets.path_bar import split_location
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

QUERY = "?x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-expires=900&x-oss-signature=abc"
ACCOUNT = Account(
    Credentials("LTAI5tExample", "not-a-secret"),
    region="cn-hangzhou",
    cnames={"photos": "img.example.com"},
    bucket_endpoints={"far": "oss-eu-west-1.aliyuncs.com"},
)


def hosts_for(options: EndpointOptions) -> LinkHosts:
    return LinkHosts.of(ACCOUNT, options.resolve("cn-hangzhou"))


@pytest.mark.parametrize(
    ("link", "options", "place"),
    [
        ("https://b1.oss-cn-hangzhou.aliyuncs.com/a/b.txt", EndpointOptions(), ("b1", "a/b.txt")),
        ("https://b1.oss-cn-hangzhou-internal.aliyuncs.com/a.txt", EndpointOptions(), ("b1", "a.txt")),
        ("https://b1.oss-accelerate.aliyuncs.com/a.txt", EndpointOptions(), ("b1", "a.txt")),
        ("https://b1.cn-hangzhou.oss.aliyuncs.com/a.txt", EndpointOptions(), ("b1", "a.txt")),
        ("https://oss-cn-hangzhou.aliyuncs.com/b1/a/b.txt", EndpointOptions(), ("b1", "a/b.txt")),
        ("https://oss-accelerate.aliyuncs.com/b1/a.txt", EndpointOptions(), ("b1", "a.txt")),
        ("https://cn-hangzhou.oss.aliyuncs.com/b1/a.txt", EndpointOptions(), ("b1", "a.txt")),
        ("http://127.0.0.1:9000/b1/%E6%97%A5.txt", EndpointOptions("http://127.0.0.1:9000"), ("b1", "日.txt")),
        ("https://proxy.lan:8443/b1/a.txt", EndpointOptions("proxy.lan:8443", path_style=True), ("b1", "a.txt")),
        ("https://b1.minio.lan/a.txt", EndpointOptions("https://minio.lan"), ("b1", "a.txt")),
        ("https://img.example.com/2024/cat.jpg", EndpointOptions(), ("photos", "2024/cat.jpg")),
        ("https://far.oss-eu-west-1.aliyuncs.com/x.bin", EndpointOptions(), ("far", "x.bin")),
    ],
)
def test_every_link_form_names_its_bucket_and_key(link, options, place):
    assert read_link(link + QUERY, hosts_for(options)) == place
    assert split_location(link + QUERY, "", hosts_for(options)) == place


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("https://example.com/some/file.txt", "No bucket can be read from a link on example.com"),
        ("https://oss-cn-hangzhou.aliyuncs.com/", "names no bucket"),
        ("ftp://files.example.com/x", "Only oss:// paths and http(s) links"),
        ("/docs/", "Choose a bucket first"),
        ("oss:///docs/", "names no bucket"),
    ],
)
def test_what_names_no_place_is_refused_with_the_reason(text, why):
    with pytest.raises(Unreadable) as refused:
        split_location(text, "", hosts_for(EndpointOptions()))
    assert why in str(refused.value)
    assert str(refused.value)[0].isupper()


def test_the_demo_own_link_pasted_opens_its_object_and_a_stranger_is_explained(qtbot):
    window = app_module.create_window(demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, timeout=30000)
    key = "日本語/資料/会議メモ.txt"
    link = default_link(window.connection.account, window.region(), DEMO_BUCKET, key, now=datetime.now(UTC)).url
    assert link.startswith("http://127.0.0.1:")  # the demo's links are path-style on its own host
    window.edit_path()
    window.path_bar.edit.setText(link)
    qtbot.keyClick(window.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_entry() is not None and window.current_entry().key == key, timeout=15000)
    window.edit_path()
    window.path_bar.edit.setText("https://example.com/some/file.txt")
    qtbot.keyClick(window.path_bar.edit, Qt.Key.Key_Return)
    assert window.path_bar.editing  # left open to be corrected...
    assert "No bucket can be read from a link on example.com" in window.status.currentMessage()  # ...saying why
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
