"""Listing speed: parsing one 1,000-key ListObjectsV2 page (ours and the SDK's deserializer),
and keys per second listing 100,000 keys from the sandbox over loopback (ours and the SDK's
paginator, against the same server, which runs in a process of its own).

Run: /work/venv/bin/python benchmarks/listing.py   (the SDK comes with the test extra)
Figures are medians of interleaved rounds in one run; the machine is noisy, compare ratios.
"""

from __future__ import annotations

import statistics
import time
from urllib.parse import quote

from sandbox_process import sandbox_process

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.oss.xml_parse import parse_object_page
from ossshare.sandbox import Sandbox

PAGE_KEYS = 1_000
PARSE_ROUNDS = 7
PARSES_PER_ROUND = 20
LIST_KEYS = 100_000
LIST_ROUNDS = 3
BUCKET = "bench-bucket"
REGION = "cn-hangzhou"
CREDS = Credentials("LTAI5tBenchListKey", "bench-list-secret")


def page_body(n: int) -> bytes:
    """A full ListObjectsV2 page as OSS writes it with encoding-type=url."""
    items = []
    for i in range(n):
        key = quote(f"photos/2026/季度 {i:05d} holiday+beach.jpg", safe="")
        items.append(
            f"<Contents><Key>{key}</Key><LastModified>2026-05-18T05:45:{i % 60:02d}.000Z</LastModified>"
            f'<ETag>"5B3C1A2E053D763E1B002CC607C5{i:06X}"</ETag><Type>Normal</Type><Size>{1000 + i}</Size>'
            f"<StorageClass>Standard</StorageClass><Owner><ID>1305433xxx</ID><DisplayName>1305433xxx</DisplayName></Owner></Contents>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>bench-bucket</Name>'
        "<Prefix>photos%2F2026%2F</Prefix><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter>"
        "<EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>"
        f"<NextContinuationToken>CgJiYw--</NextContinuationToken>{''.join(items)}"
        f"<KeyCount>{n}</KeyCount></ListBucketResult>"
    ).encode()


def parse_ours(body: bytes) -> int:
    return len(parse_object_page(body).objects)


def parse_sdk(body: bytes) -> int:
    from alibabacloud_oss_v2 import serde, serde_utils
    from alibabacloud_oss_v2.models import ListObjectsV2Result

    result = ListObjectsV2Result()
    serde.deserialize_xml(xml_data=body, obj=result)
    serde_utils.deserialize_encode_type(result, None)
    return len(result.contents or [])


def time_parse(fn, body: bytes) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in range(PARSES_PER_ROUND):
        assert fn(body) == PAGE_KEYS
    return (time.perf_counter() - start) / PARSES_PER_ROUND


def list_ours(sb: Remote) -> float:
    with OssClient(CREDS, REGION, resolve_endpoint(REGION, sb.endpoint)) as client:
        start = time.perf_counter()
        n = sum(len(p.objects) for p in client.iter_object_pages(BUCKET, prefix="k/", delimiter=""))
        elapsed = time.perf_counter() - start
    assert n == LIST_KEYS, n
    return elapsed


def list_sdk(sb: Remote) -> float:
    import alibabacloud_oss_v2 as oss

    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(CREDS.access_key_id, CREDS.access_key_secret)
    cfg.region = REGION
    cfg.endpoint = sb.endpoint
    client = oss.Client(cfg)
    paginator = client.list_objects_v2_paginator()
    start = time.perf_counter()
    n = 0
    for page in paginator.iter_page(
        oss.ListObjectsV2Request(bucket=BUCKET, prefix="k/", encoding_type="url", max_keys=1000)
    ):
        n += len(page.contents or [])
    elapsed = time.perf_counter() - start
    assert n == LIST_KEYS, n
    return elapsed


def main() -> None:
    body = page_body(PAGE_KEYS)
    parse_ours(body), parse_sdk(body)  # warm up imports
    ours: list[float] = []
    sdk: list[float] = []
    for _ in range(PARSE_ROUNDS):
        ours.append(time_parse(parse_ours, body))
        sdk.append(time_parse(parse_sdk, body))
    o, s = statistics.median(ours), statistics.median(sdk)
    print(f"parse one {PAGE_KEYS:,}-key ListObjectsV2 page ({len(body) / 1024:.0f} KiB):")
    print(f"  ours: {o * 1000:.2f} ms   sdk deserializer: {s * 1000:.2f} ms   ratio sdk/ours: {s / o:.1f}x")

    with sandbox_process(seed, CREDS, REGION, on_disk=True) as endpoint:
        sb = Remote(endpoint)
        list_ours(sb)  # warm up connections and the sandbox's sorted index
        t_ours: list[float] = []
        t_sdk: list[float] = []
        for _ in range(LIST_ROUNDS):
            t_ours.append(list_ours(sb))
            t_sdk.append(list_sdk(sb))
        lo, ls = statistics.median(t_ours), statistics.median(t_sdk)
        print(f"list {LIST_KEYS:,} keys over loopback, {LIST_KEYS // 1000} pages of 1,000:")
        print(
            f"  ours: {lo:.2f} s = {LIST_KEYS / lo:,.0f} keys/s   "
            f"sdk paginator: {ls:.2f} s = {LIST_KEYS / ls:,.0f} keys/s"
        )
        print(f"  ratio sdk/ours: {ls / lo:.1f}x  (both include the sandbox's own time per page)")


class Remote:
    """The sandbox's address, as the listing functions need it."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint


def seed(sb: Sandbox) -> None:
    for i in range(LIST_KEYS):
        sb.put_object(BUCKET, f"k/{i:06d}.dat", b"")


if __name__ == "__main__":
    main()
