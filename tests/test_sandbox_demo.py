"""The demo data: what `ossshare --demo` shows, reachable through the official SDK."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import alibabacloud_oss_v2 as oss
import pytest

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.sandbox.demo import (
    ARCHIVE_KEY,
    DELETED_KEY,
    DEMO_BUCKET,
    MANY_COUNT,
    MANY_PREFIX,
    VERSIONED_KEY,
    make_demo_data,
    start_demo,
)
from tests.fixtures.sandbox import signed_request


@pytest.fixture
def demo() -> Iterator[oss.Client]:
    sb, cred = start_demo()
    try:
        cfg = oss.config.load_default()
        cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(cred.access_key_id, cred.access_key_secret)
        cfg.region, cfg.endpoint, cfg.retry_max_attempts = "cn-hangzhou", sb.endpoint, 1
        yield oss.Client(cfg)
    finally:
        sb.stop()


def test_demo_bucket_contents(demo: oss.Client) -> None:
    top = demo.list_objects_v2(oss.ListObjectsV2Request(bucket=DEMO_BUCKET, delimiter="/"))
    prefixes = {p.prefix for p in top.common_prefixes}
    assert {"images/", "docs/", "日本語/", "中文/", "emoji/", "spaces in name/", "logs/", "reports/"} <= prefixes
    assert [o.key for o in top.contents] == ["README.txt"]
    keys = [
        o.key
        for page in demo.list_objects_v2_paginator().iter_page(
            oss.ListObjectsV2Request(bucket=DEMO_BUCKET, prefix=MANY_PREFIX, max_keys=1000)
        )
        for o in page.contents
    ]
    assert len(keys) == MANY_COUNT and keys == sorted(keys)
    png = demo.get_object(oss.GetObjectRequest(bucket=DEMO_BUCKET, key="images/gradient.png"))
    assert png.content_type == "image/png" and png.body.read().startswith(b"\x89PNG\r\n\x1a\n")
    emoji = demo.get_object(oss.GetObjectRequest(bucket=DEMO_BUCKET, key="emoji/🎉 party plan.txt"))
    assert "🍕" in emoji.body.read().decode()


def test_demo_versions_marker_and_archive(demo: oss.Client) -> None:
    res = demo.list_object_versions(oss.ListObjectVersionsRequest(bucket=DEMO_BUCKET, prefix="reports/"))
    versions = [(v.key, v.is_latest) for v in res.version]
    assert versions.count((VERSIONED_KEY, False)) == 2 and versions.count((VERSIONED_KEY, True)) == 1
    assert [(m.key, m.is_latest) for m in res.delete_marker] == [(DELETED_KEY, True)]
    head = demo.head_object(oss.HeadObjectRequest(bucket=DEMO_BUCKET, key=ARCHIVE_KEY))
    assert head.storage_class == "Archive" and head.restore is None
    with pytest.raises(oss.exceptions.OperationError) as excinfo:
        demo.get_object(oss.GetObjectRequest(bucket=DEMO_BUCKET, key=ARCHIVE_KEY))
    assert excinfo.value.unwrap().code == "InvalidObjectState"


def test_make_demo_data_writes_plain_files(tmp_path: Path) -> None:
    make_demo_data(tmp_path)
    root = tmp_path / DEMO_BUCKET
    assert (root / "日本語" / "資料" / "会議メモ.txt").read_text(encoding="utf-8").startswith("会議メモ")
    assert len(list((root / "logs" / "2024").iterdir())) == MANY_COUNT
    assert (root / "images" / "gradient.png").read_bytes()[:4] == b"\x89PNG"
    cred = Credentials("LTAI5tDemoDiskKey", "DemoDiskSecret")
    with Sandbox(tmp_path, cred) as sb:  # the written directory serves as a bucket
        resp = signed_request(sb, cred, "GET", DEMO_BUCKET, "emoji/🎉 party plan.txt")
        assert resp.status_code == 200 and "🍕" in resp.content.decode()
