"""Sample data for the offline demo (`ossshare --demo`, `ossshare sandbox --demo`).

One bucket, `ossshare-demo`, with what a real bucket tends to hold: nested folders, names in
Japanese, Chinese, with emoji and spaces, a folder with thousands of keys, an object with
several versions and a delete marker, an Archive object that is not restored, an image and
some text. Everything is generated here; nothing is downloaded.
"""

from __future__ import annotations

import secrets
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..core import Credentials
from .server import Sandbox

DEMO_BUCKET = "ossshare-demo"
DEMO_REGION = "cn-hangzhou"
MANY_PREFIX = "logs/2024/"
MANY_COUNT = 3000
VERSIONED_KEY = "reports/quarterly report.txt"
DELETED_KEY = "reports/draft (deleted).txt"
ARCHIVE_KEY = "archive/2019 backup.tar"
_EPOCH = datetime(2024, 1, 15, 9, 30, tzinfo=UTC)


def _png(width: int = 96, height: int = 64) -> bytes:
    """A small gradient PNG, built by hand (no imaging library needed)."""
    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 255 // width, y * 255 // height, 160)) for x in range(width))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def demo_files() -> Iterator[tuple[str, bytes, str]]:
    """(key, content, content type) of the plain files, in a stable order."""
    yield "README.txt", b"Welcome to the ossshare demo bucket.\nPick any file and make a link.\n", "text/plain"
    yield "images/gradient.png", _png(), "image/png"
    yield "images/logo.svg", (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
        b'<circle cx="32" cy="32" r="28" fill="#ff6a00"/></svg>\n'
    ), "image/svg+xml"
    getting_started = b"# Getting started\n\n1. Choose an object.\n2. Copy the link.\n"
    yield "docs/guide/getting started.md", getting_started, "text/markdown"
    yield "docs/guide/faq.md", b"# FAQ\n\nLinks expire; V4 links last at most 7 days.\n", "text/markdown"
    yield "docs/api/v1/reference.txt", b"API reference (sample)\n", "text/plain"
    yield "日本語/資料/会議メモ.txt", "会議メモ: 来週の予定を確認する。\n".encode(), "text/plain"
    yield "日本語/写真 一覧.txt", "写真の一覧です。\n".encode(), "text/plain"
    yield "中文/文档/说明.txt", "这是一个示例文件。\n".encode(), "text/plain"
    yield "emoji/🎉 party plan.txt", "🎉 Bring snacks 🍕\n".encode(), "text/plain"
    yield "emoji/📁 folder/🚀.txt", b"launch\n", "text/plain"
    yield "spaces in name/file with spaces.csv", b"id,name\n1,alpha\n2,beta\n", "text/csv"
    yield "data/measurements.json", b'{"temperature": [21.5, 22.0, 22.4]}\n', "application/json"
    for i in range(1, MANY_COUNT + 1):
        yield f"{MANY_PREFIX}app-{i:05d}.log", f"line {i}: ok\n".encode(), "text/plain"


def make_demo_data(data_dir: Path) -> None:
    """Write the plain demo files under data_dir/ossshare-demo (no versions: a directory
    cannot hold them; `seed_demo` adds those to a running sandbox)."""
    root = Path(data_dir) / DEMO_BUCKET
    for key, content, _ in demo_files():
        path = root.joinpath(*key.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def seed_demo(sb: Sandbox) -> None:
    """Fill `sb` with the demo bucket, versions, delete marker and Archive object included."""
    sb.create_bucket(DEMO_BUCKET)
    for n, (key, content, ctype) in enumerate(demo_files()):
        sb.put_object(DEMO_BUCKET, key, content, ctype, last_modified=_EPOCH + timedelta(minutes=n))
    for n, text in enumerate(("first draft", "reviewed", "final")):
        sb.put_object(
            DEMO_BUCKET, VERSIONED_KEY, f"Quarterly report: {text}\n".encode(), "text/plain",
            last_modified=_EPOCH + timedelta(days=30 * (n + 1)),
        )
    sb.put_object(DEMO_BUCKET, DELETED_KEY, b"an early draft\n", "text/plain", last_modified=_EPOCH)
    sb.delete_object(DEMO_BUCKET, DELETED_KEY)
    sb.put_object(
        DEMO_BUCKET, ARCHIVE_KEY, b"\x1f\x8b" + bytes(254), "application/x-tar", "Archive",
        last_modified=_EPOCH - timedelta(days=1500),
    )


def start_demo() -> tuple[Sandbox, Credentials]:
    """A running sandbox on a free loopback port, seeded, accepting a credential generated
    for this run only (it opens nothing but the sample bucket). Stop it with `.stop()`."""
    credentials = Credentials("LTAIdemo" + secrets.token_hex(8), secrets.token_urlsafe(24))
    sb = Sandbox(None, credentials, region=DEMO_REGION)
    seed_demo(sb)
    sb.start()
    return sb, credentials
