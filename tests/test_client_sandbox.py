"""Our client against the sandbox over real HTTP on loopback: every operation, paging, Unicode."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.errors import OssError
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_OBJECTS, SANDBOX_REGION


def make_client(sb: Sandbox, credentials: Credentials, **kw: object) -> OssClient:
    return OssClient(
        credentials,
        SANDBOX_REGION,
        resolve_endpoint(SANDBOX_REGION, sb.endpoint),
        timeout=(2.0, 10.0),
        sleep=lambda s: None,
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def client(sandbox: Sandbox, sandbox_credentials: Credentials) -> Iterator[OssClient]:
    with make_client(sandbox, sandbox_credentials) as c:
        yield c


def test_list_buckets_paged(sandbox: Sandbox, client: OssClient) -> None:
    for name in ("alpha-bucket", "beta-bucket", "gamma-bucket"):
        sandbox.create_bucket(name)
    page = client.list_buckets()
    names = [b.name for b in page.buckets]
    assert names == sorted(["alpha-bucket", "beta-bucket", "gamma-bucket", SANDBOX_BUCKET])
    assert page.next_marker is None
    assert all(b.region == SANDBOX_REGION for b in page.buckets)
    pages = list(client.iter_bucket_pages(page_size=1))
    assert [b.name for p in pages for b in p.buckets] == names
    assert len(pages) >= 4 and pages[-1].next_marker is None
    assert [b.name for b in client.list_buckets(prefix="b").buckets] == ["beta-bucket"]
    assert [b.name for b in client.list_buckets(marker="beta-bucket").buckets] == ["gamma-bucket", SANDBOX_BUCKET]


def test_bucket_info_and_region(client: OssClient) -> None:
    info = client.bucket_info(SANDBOX_BUCKET)
    assert info.name == SANDBOX_BUCKET and info.region == SANDBOX_REGION
    assert info.creation_date is not None and info.creation_date.tzinfo is not None
    assert client.bucket_region(SANDBOX_BUCKET) == SANDBOX_REGION
    with pytest.raises(OssError) as exc:
        client.bucket_info("no-such-bucket")
    assert exc.value.code == "NoSuchBucket" and exc.value.status == 404 and exc.value.request_id


def test_list_one_level_with_folders(client: OssClient) -> None:
    page = client.list_objects(SANDBOX_BUCKET)
    assert [o.key for o in page.objects] == ["hello.txt", "space name.txt"]
    assert page.prefixes == ("docs/", "photos/", "日本語/")
    assert page.next_token is None
    hello = page.objects[0]
    assert hello.size == len(SANDBOX_OBJECTS["hello.txt"])
    assert hello.last_modified.tzinfo is not None and hello.etag.strip('"')
    docs = client.list_objects(SANDBOX_BUCKET, prefix="docs/")
    assert [o.key for o in docs.objects] == ["docs/readme.md"] and docs.prefixes == ("docs/guide/",)
    assert docs.prefix == "docs/"


def test_list_recursive_and_start_after(client: OssClient) -> None:
    everything = client.list_objects(SANDBOX_BUCKET, delimiter="")
    assert [o.key for o in everything.objects] == sorted(SANDBOX_OBJECTS)
    assert everything.prefixes == ()
    after = client.list_objects(SANDBOX_BUCKET, delimiter="", start_after="hello.txt")
    assert [o.key for o in after.objects] == sorted(k for k in SANDBOX_OBJECTS if k > "hello.txt")


def test_paged_listing_with_delimiter(client: OssClient) -> None:
    pages = list(client.iter_object_pages(SANDBOX_BUCKET, page_size=2))
    assert len(pages) == 3
    assert all(p.key_count <= 2 for p in pages)
    keys = [o.key for p in pages for o in p.objects]
    prefixes = [x for p in pages for x in p.prefixes]
    assert keys == ["hello.txt", "space name.txt"] and prefixes == ["docs/", "photos/", "日本語/"]
    assert pages[-1].next_token is None and all(p.next_token for p in pages[:-1])


def test_ten_thousand_five_hundred_keys_page_by_page(sandbox: Sandbox, client: OssClient) -> None:
    expected = [f"many/{i:05d}.dat" for i in range(10_500)]
    for key in expected:
        sandbox.put_object("big-bucket", key, b"x")
    sandbox.put_object("big-bucket", "many/sub/deeper.dat", b"y")
    sizes, keys, prefixes = [], [], []
    for page in client.iter_object_pages("big-bucket", prefix="many/"):
        sizes.append(len(page.objects) + len(page.prefixes))
        keys += [o.key for o in page.objects]
        prefixes += page.prefixes
    assert keys == expected
    assert prefixes == ["many/sub/"]
    assert sizes == [1000] * 10 + [501]


UNICODE_KEYS = [
    "a+b.txt",
    "100% sure.txt",
    "what?.txt",
    "#hash/tag.txt",
    "this&that=those.txt",
    "~tilde/~.txt",
    "  spaced  out  .txt",
    "日本語/ファイル 名+1.txt",
    "émoji 🚀/ü+ß%20.bin",
    "semi;colon,comma'quote\"!(paren)*.txt",
]


@pytest.mark.parametrize("key", UNICODE_KEYS)
def test_tricky_keys_round_trip(client: OssClient, key: str) -> None:
    body = ("payload for " + key).encode()
    client.put_object(SANDBOX_BUCKET, key, body, content_type="text/plain")
    assert client.get_object_range(SANDBOX_BUCKET, key) == body
    head = client.head_object(SANDBOX_BUCKET, key)
    assert head.key == key and head.size == len(body) and head.content_type == "text/plain"
    listed = client.list_objects(SANDBOX_BUCKET, prefix=key, delimiter="")
    assert [o.key for o in listed.objects] == [key]
    folder, _, _ = key.partition("/")
    top = client.list_objects(SANDBOX_BUCKET)
    assert (folder + "/" in top.prefixes) if "/" in key else (key in [o.key for o in top.objects])


def test_all_tricky_keys_listed_together(client: OssClient) -> None:
    # written over HTTP through our own put, then read back in one listing
    for key in UNICODE_KEYS:
        client.put_object(SANDBOX_BUCKET, "t/" + key, b"1")
    listed = client.list_objects(SANDBOX_BUCKET, prefix="t/", delimiter="")
    assert [o.key for o in listed.objects] == sorted("t/" + k for k in UNICODE_KEYS)


def test_head_object(sandbox: Sandbox, client: OssClient) -> None:
    head = client.head_object(SANDBOX_BUCKET, "hello.txt")
    assert head.size == len(SANDBOX_OBJECTS["hello.txt"])
    assert head.content_type == "text/plain"
    assert head.etag.startswith('"') and head.last_modified.tzinfo is not None
    assert head.version_id
    assert head.storage_class == "Standard" and not head.needs_restore
    sandbox.put_object(SANDBOX_BUCKET, "cold/archived.bin", b"ice", storage_class="Archive")
    cold = client.head_object(SANDBOX_BUCKET, "cold/archived.bin")
    assert cold.storage_class == "Archive" and cold.needs_restore
    sandbox.put_object(SANDBOX_BUCKET, "cold/thawed.bin", b"ice", storage_class="Archive", restore="restored")
    thawed = client.head_object(SANDBOX_BUCKET, "cold/thawed.bin")
    assert thawed.restore and 'ongoing-request="false"' in thawed.restore and not thawed.needs_restore
    with pytest.raises(OssError) as exc:
        client.head_object(SANDBOX_BUCKET, "missing.txt")
    assert exc.value.code == "NoSuchKey" and exc.value.status == 404 and exc.value.title == "Object not found"


def test_get_ranges(client: OssClient) -> None:
    data = SANDBOX_OBJECTS["photos/2024/cat.jpg"]
    key = "photos/2024/cat.jpg"
    assert client.get_object_range(SANDBOX_BUCKET, key, 0, 9) == data[:10]
    assert client.get_object_range(SANDBOX_BUCKET, key, 100, 355) == data[100:356]
    assert client.get_object_range(SANDBOX_BUCKET, key, 1000) == data[1000:]
    assert client.get_object_range(SANDBOX_BUCKET, key) == data


def test_put_returns_versions_and_versions_list(sandbox: Sandbox, client: OssClient) -> None:
    v1 = client.put_object(SANDBOX_BUCKET, "v/doc.txt", b"one")
    v2 = client.put_object(SANDBOX_BUCKET, "v/doc.txt", b"two!")
    assert v1 and v2 and v1 != v2
    marker = sandbox.delete_object(SANDBOX_BUCKET, "v/doc.txt")
    page = client.list_versions(SANDBOX_BUCKET, prefix="v/")
    rows = [(v.key, v.version_id, v.is_latest, v.is_delete_marker, v.size) for v in page.versions]
    assert rows == [
        ("v/doc.txt", marker, True, True, 0),
        ("v/doc.txt", v2, False, False, 4),
        ("v/doc.txt", v1, False, False, 3),
    ]
    assert client.get_object_range(SANDBOX_BUCKET, "v/doc.txt", version_id=v1) == b"one"
    assert client.head_object(SANDBOX_BUCKET, "v/doc.txt", version_id=v2).size == 4
    with pytest.raises(OssError) as exc:
        client.head_object(SANDBOX_BUCKET, "v/doc.txt")  # the latest is a delete marker
    assert exc.value.status == 404


def test_version_pages(sandbox: Sandbox, client: OssClient) -> None:
    ids = {}
    for key in ("vp/a", "vp/b+c", "vp/d e"):
        ids[key] = [sandbox.put_object(SANDBOX_BUCKET, key, f"{key}{i}".encode()) for i in range(3)]
    pages = list(client.iter_version_pages(SANDBOX_BUCKET, prefix="vp/", page_size=2))
    assert len(pages) == 5
    got = [(v.key, v.version_id) for p in pages for v in p.versions]
    assert got == [(k, vid) for k in ("vp/a", "vp/b+c", "vp/d e") for vid in reversed(ids[k])]
    folders = client.list_versions(SANDBOX_BUCKET, delimiter="/")
    assert "vp/" in folders.prefixes


def test_wrong_secret_is_signature_does_not_match(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    bad = Credentials(sandbox_credentials.access_key_id, "not-the-secret")
    with make_client(sandbox, bad) as c, pytest.raises(OssError) as exc:
        c.list_objects(SANDBOX_BUCKET)
    assert exc.value.code == "SignatureDoesNotMatch" and exc.value.status == 403
    assert "not-the-secret" not in exc.value.message
    unknown = Credentials("LTAI5tNobodyKnowsMe", "whatever")
    with make_client(sandbox, unknown) as c, pytest.raises(OssError) as exc:
        c.list_buckets()
    assert exc.value.code == "InvalidAccessKeyId"


def test_sts_credentials(sandbox: Sandbox, sts_sandbox_credentials: Credentials) -> None:
    with make_client(sandbox, sts_sandbox_credentials) as c:
        assert [o.key for o in c.list_objects(SANDBOX_BUCKET).objects] == ["hello.txt", "space name.txt"]
    without_token = Credentials(sts_sandbox_credentials.access_key_id, sts_sandbox_credentials.access_key_secret)
    with make_client(sandbox, without_token) as c, pytest.raises(OssError) as exc:
        c.list_objects(SANDBOX_BUCKET)
    assert exc.value.status == 403


def test_clock_skew_is_near_zero_on_a_true_clock(client: OssClient) -> None:
    client.list_buckets()
    assert client.clock_skew is not None and abs(client.clock_skew) < timedelta(minutes=1)


def test_a_wrong_local_clock_is_refused_and_measured(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    behind = lambda: datetime.now(UTC) - timedelta(hours=2)  # noqa: E731
    with make_client(sandbox, sandbox_credentials, now=behind) as c, pytest.raises(OssError) as exc:
        c.list_buckets()
    assert exc.value.code == "RequestTimeTooSkewed" and exc.value.title == "Your computer's clock is off"
    assert c.clock_skew is not None and abs(c.clock_skew - timedelta(hours=2)) < timedelta(minutes=1)


def test_debug_logs_hold_no_secret(
    sandbox: Sandbox, sts_sandbox_credentials: Credentials, caplog: pytest.LogCaptureFixture
) -> None:
    creds = sts_sandbox_credentials
    with caplog.at_level(logging.DEBUG), make_client(sandbox, creds, retries=1) as c:
        c.list_objects(SANDBOX_BUCKET)
        c.put_object(SANDBOX_BUCKET, "logged.txt", b"x")
        c.get_object_range(SANDBOX_BUCKET, "logged.txt", 0, 0)
        sandbox.faults.error_status, sandbox.faults.error_count = 503, 1
        c.head_object(SANDBOX_BUCKET, "logged.txt")  # one retry, logged
    text = caplog.text
    assert "retrying" in text and "logged.txt" in text  # the client did log its calls
    assert creds.access_key_secret not in text
    assert creds.security_token and creds.security_token not in text
    assert "Signature=" not in text and "Authorization" not in text


def test_random_keys_round_trip(sandbox: Sandbox, client: OssClient) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    segment = st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\"),
        min_size=1,
        max_size=12,
    )
    keys = st.lists(segment, min_size=1, max_size=3).map("/".join)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(key=keys)
    def round_trip(key: str) -> None:
        body = key.encode()
        client.put_object("prop-bucket", key, body)
        assert client.get_object_range("prop-bucket", key) == body
        assert client.head_object("prop-bucket", key).size == len(body)
        listed = client.list_objects("prop-bucket", prefix=key, delimiter="")
        assert key in [o.key for o in listed.objects]
        folder = key.rpartition("/")[0]
        if folder:
            above = client.list_objects("prop-bucket", prefix=folder + "/")
            assert key in [o.key for o in above.objects] or any(key.startswith(p) for p in above.prefixes)

    sandbox.create_bucket("prop-bucket")
    round_trip()
