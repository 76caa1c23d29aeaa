"""The sandbox against hostile or unlucky input: bodies are read only once a request is
authorized and never past the cap (sized or chunked), files removed from --data are 404s
for themselves alone, and `ossshare sandbox` listens beyond loopback only when told to."""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from ossshare.cli.main import main
from ossshare.core import Credentials, resolve_endpoint, sign_request
from ossshare.sandbox import Sandbox, is_loopback
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION, signed_request

MiB = 1024 * 1024
CHUNK = b"%x\r\n%s\r\n" % (MiB, b"\x00" * MiB)  # one 1 MiB chunk, sent again and again
# What sockets may absorb between client and server on loopback (send + receive buffers):
# a body refused before it is read gets no further than this.
BUFFERED_AT_MOST = 64 * MiB


def signed_headers(sb: Sandbox, cred: Credentials, method: str, key: str) -> dict[str, str]:
    endpoint = resolve_endpoint(SANDBOX_REGION, endpoint=sb.endpoint, path_style=True)
    signed = sign_request(
        method, endpoint=endpoint, bucket=SANDBOX_BUCKET, key=key, credentials=cred,
        region=SANDBOX_REGION, now=datetime.now(UTC),
    )
    return dict(signed.headers)


class Reply:
    def __init__(self, raw: bytes) -> None:
        head, _, self.body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        self.status = int(lines[0].split()[1])
        self.headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}

    @property
    def code(self) -> str:
        return ET.fromstring(self.body).findtext("Code") or ""


def push(sb: Sandbox, method: str, path: str, headers: dict[str, str], body_limit: int) -> tuple[int, Reply]:
    """Send a request whose body (`body_limit` bytes of chunked coding, or of a sized body when
    `headers` has a Content-Length) is generated as it goes and sent only while the server has
    not answered. Returns (body bytes sent, the reply)."""
    with socket.create_connection(("127.0.0.1", sb.port), timeout=30) as conn:
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{sb.port}\r\n"
        if "Content-Length" not in headers:
            head += "Transfer-Encoding: chunked\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
        conn.sendall(head.encode("latin-1"))
        sent = 0
        pending = memoryview(b"")
        while sent < body_limit:
            readable, _, _ = select.select([conn], [conn], [], 30)
            if readable:  # the server answered: a real client stops sending here
                break
            if not pending:
                pending = memoryview(CHUNK)
            try:
                n = conn.send(pending[: body_limit - sent])
            except (BrokenPipeError, ConnectionResetError):
                break
            pending, sent = pending[n:], sent + n
        else:
            if "Content-Length" not in headers:
                conn.sendall(pending.tobytes() + b"0\r\n\r\n")  # the whole body went: end it
        raw = b""
        try:
            while chunk := conn.recv(65536):
                raw += chunk
                if b"\r\n\r\n" in raw and b"</Error>" in raw:
                    break
        except ConnectionResetError:
            pass
    return sent, Reply(raw)


# --- bodies: authorized first, capped always ---------------------------------------------


@pytest.mark.parametrize("sized", [False, True], ids=["chunked", "sized"])
def test_unsigned_big_upload_is_refused_before_its_body_is_read(sandbox: Sandbox, sized: bool) -> None:
    # 600 MiB chunked (today's cap does not bound chunked bodies) or 500 MiB sized (under the cap)
    total = 500 * MiB if sized else 600 * MiB
    headers = {"Content-Length": str(total)} if sized else {}
    sent, reply = push(sandbox, "PUT", f"/{SANDBOX_BUCKET}/big.bin", headers, total)
    assert (reply.status, reply.code) == (403, "AccessDenied")
    assert sent < BUFFERED_AT_MOST
    assert reply.headers["connection"] == "close"  # the unread body must not be taken for a request


def test_expect_continue_is_not_granted_to_an_unsigned_upload(sandbox: Sandbox) -> None:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=30) as conn:
        conn.sendall(
            f"PUT /{SANDBOX_BUCKET}/big.bin HTTP/1.1\r\nHost: 127.0.0.1:{sandbox.port}\r\n"
            f"Content-Length: {100 * MiB}\r\nExpect: 100-continue\r\n\r\n".encode()
        )
        raw = b""
        while b"</Error>" not in raw and (chunk := conn.recv(65536)):
            raw += chunk
    reply = Reply(raw)
    assert (reply.status, reply.code) == (403, "AccessDenied")  # no "100 Continue" first


def test_signed_upload_with_expect_continue_is_stored(sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    headers = signed_headers(sandbox, sandbox_credentials, "PUT", "continued.bin") | {"Expect": "100-continue"}
    url = f"{sandbox.endpoint}/{SANDBOX_BUCKET}/continued.bin"
    assert requests.put(url, headers=headers, data=b"after the go-ahead", timeout=10).status_code == 200
    got = signed_request(sandbox, sandbox_credentials, "GET", SANDBOX_BUCKET, "continued.bin")
    assert got.content == b"after the go-ahead"


@pytest.fixture
def small_cap(tmp_path: Path, sandbox_credentials: Credentials) -> Iterator[Sandbox]:
    with Sandbox(tmp_path, sandbox_credentials, region=SANDBOX_REGION, max_body=2 * MiB) as sb:
        sb.create_bucket(SANDBOX_BUCKET)
        yield sb


def test_signed_chunked_upload_past_the_cap_is_refused(small_cap: Sandbox, sandbox_credentials: Credentials) -> None:
    headers = signed_headers(small_cap, sandbox_credentials, "PUT", "big.bin")
    sent, reply = push(small_cap, "PUT", f"/{SANDBOX_BUCKET}/big.bin", headers, 600 * MiB)
    assert (reply.status, reply.code) == (400, "EntityTooLarge")
    assert sent < BUFFERED_AT_MOST
    listing = signed_request(small_cap, sandbox_credentials, "GET", SANDBOX_BUCKET, None)
    assert b"big.bin" not in listing.content


def test_signed_sized_upload_past_the_cap_is_refused(small_cap: Sandbox, sandbox_credentials: Credentials) -> None:
    headers = signed_headers(small_cap, sandbox_credentials, "PUT", "big.bin") | {"Content-Length": str(3 * MiB)}
    sent, reply = push(small_cap, "PUT", f"/{SANDBOX_BUCKET}/big.bin", headers, 3 * MiB)
    assert (reply.status, reply.code) == (400, "EntityTooLarge")


def test_signed_chunked_upload_under_the_cap_is_stored(small_cap: Sandbox, sandbox_credentials: Credentials) -> None:
    headers = signed_headers(small_cap, sandbox_credentials, "PUT", "ok.bin")
    parts = [bytes([i]) * 300_000 for i in range(6)]  # 1.8 MB in six chunks
    url = f"{small_cap.endpoint}/{SANDBOX_BUCKET}/ok.bin"
    resp = requests.put(url, headers=headers, data=iter(parts), timeout=10)  # an iterator: chunked
    assert resp.status_code == 200, resp.text
    got = signed_request(small_cap, sandbox_credentials, "GET", SANDBOX_BUCKET, "ok.bin")
    assert got.content == b"".join(parts)


@pytest.mark.parametrize(
    "body",
    [b"zz\r\nhello\r\n0\r\n\r\n", b"0x5\r\nhello\r\n0\r\n\r\n", b"5\r\nhello!!0\r\n\r\n", b"-5\r\nhello\r\n0\r\n\r\n"],
    ids=["not-hex", "0x-prefix", "no-line-end", "negative"],
)
@pytest.mark.parametrize("coding", ["chunked", "gzip, chunked"])
def test_malformed_chunked_body_is_a_400_and_closes(
    small_cap: Sandbox, sandbox_credentials: Credentials, body: bytes, coding: str
) -> None:
    headers = signed_headers(small_cap, sandbox_credentials, "PUT", "bad.bin")
    head = f"PUT /{SANDBOX_BUCKET}/bad.bin HTTP/1.1\r\nHost: 127.0.0.1:{small_cap.port}\r\n"
    head += f"Transfer-Encoding: {coding}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    with socket.create_connection(("127.0.0.1", small_cap.port), timeout=10) as conn:
        conn.sendall(head.encode() + body)
        raw = b""
        while chunk := conn.recv(65536):  # the server closes after answering
            raw += chunk
    reply = Reply(raw)
    assert (reply.status, reply.code) == (400, "InvalidRequest")


# --- files removed from --data after the start ----------------------------------------------


@pytest.fixture
def from_dir(tmp_path: Path, sandbox_credentials: Credentials) -> Iterator[tuple[Sandbox, Path]]:
    bucket = tmp_path / "data" / "dir-bucket"
    (bucket / "docs").mkdir(parents=True)
    (bucket / "gone").mkdir()
    for name, text in {"keep.txt": "kept", "docs/a.txt": "a", "docs/b.txt": "b", "gone/only.txt": "x"}.items():
        (bucket / name).write_text(text)
    with Sandbox(tmp_path / "data", sandbox_credentials, region=SANDBOX_REGION) as sb:
        yield sb, bucket


def keys_of(resp: requests.Response) -> list[str]:
    root = ET.fromstring(resp.content)
    return [e.text or "" for e in root.iter() if e.tag in ("Key", "Prefix") and e.text]


def test_removed_file_is_404_and_listings_skip_it(
    from_dir: tuple[Sandbox, Path], sandbox_credentials: Credentials
) -> None:
    sb, bucket = from_dir
    (bucket / "docs" / "a.txt").unlink()
    (bucket / "gone" / "only.txt").unlink()
    for method in ("GET", "HEAD"):
        resp = signed_request(sb, sandbox_credentials, method, "dir-bucket", "docs/a.txt")
        assert resp.status_code == 404
        if method == "GET":
            assert ET.fromstring(resp.content).findtext("Code") == "NoSuchKey"
    assert signed_request(sb, sandbox_credentials, "GET", "dir-bucket", "docs/b.txt").content == b"b"
    v1 = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None)
    v2 = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None, query=[("list-type", "2")])
    versions = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None, query=[("versions", "")])
    for listing in (v1, v2, versions):
        assert listing.status_code == 200
        assert keys_of(listing) == ["docs/b.txt", "keep.txt"]
    rolled = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None, query=[("delimiter", "/")])
    assert keys_of(rolled) == ["keep.txt", "docs/"]  # 'gone/' held only the removed file


def test_file_replaced_by_a_directory_is_404(from_dir: tuple[Sandbox, Path], sandbox_credentials: Credentials) -> None:
    sb, bucket = from_dir
    (bucket / "keep.txt").unlink()
    (bucket / "keep.txt").mkdir()
    resp = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", "keep.txt")
    assert resp.status_code == 404
    listing = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None)
    assert listing.status_code == 200 and "keep.txt" not in keys_of(listing)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_is_404_and_listings_skip_it(
    from_dir: tuple[Sandbox, Path], sandbox_credentials: Credentials
) -> None:
    sb, bucket = from_dir
    (bucket / "keep.txt").chmod(0)
    try:
        assert signed_request(sb, sandbox_credentials, "GET", "dir-bucket", "keep.txt").status_code == 404
        listing = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", None)
        assert listing.status_code == 200 and "keep.txt" not in keys_of(listing)
    finally:
        (bucket / "keep.txt").chmod(0o600)


def test_file_changed_in_place_is_served_as_it_is_now(
    from_dir: tuple[Sandbox, Path], sandbox_credentials: Credentials
) -> None:
    sb, bucket = from_dir
    assert signed_request(sb, sandbox_credentials, "GET", "dir-bucket", "keep.txt").content == b"kept"
    (bucket / "keep.txt").write_text("kept, and then some more")
    os.utime(bucket / "keep.txt", ns=(1, 1))  # a different mtime, whatever the clock's resolution
    resp = signed_request(sb, sandbox_credentials, "GET", "dir-bucket", "keep.txt")
    assert resp.content == b"kept, and then some more"
    assert resp.headers["Content-Length"] == str(len(resp.content))


# --- where it listens ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.10", True), ("::1", True), ("[::1]", True), ("localhost", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("example.com", False), ("", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20"])
def test_cli_refuses_a_non_loopback_host(capsys: pytest.CaptureFixture[str], host: str) -> None:
    assert main(["sandbox", "--demo", "--host", host]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and f"--host {host}" in err and "--allow-remote" in err


def test_cli_serves_everyone_with_allow_remote_and_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OSS_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ossshare", "sandbox", "--demo", "--host", "0.0.0.0", "--allow-remote"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert proc.stderr is not None and proc.stdout is not None
        warning = proc.stderr.readline()
        assert "warning" in warning and "0.0.0.0" in warning and "whoever can reach" in warning
        endpoint = proc.stdout.readline()
        assert endpoint.startswith("endpoint: http://0.0.0.0:")
        port = endpoint.strip().rsplit(":", 1)[1]
        while not proc.stdout.readline().startswith("serving"):  # then SIGTERM stops it cleanly
            pass
        assert requests.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 403  # serving, anonymous refused
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=30)
    assert proc.returncode == 0
