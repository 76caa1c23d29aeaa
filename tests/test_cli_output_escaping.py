"""Text from a server printed by the CLI goes through the escaping rule (core.visible): keys
and bucket names in `ls`, error fields on stderr. A loopback server of this test's own sends
names with ESC, C1, newlines and bidi overrides, as a hostile or broken server could."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from ossshare.cli.main import main

KEYS = [
    "\x1b[2Jcleared",  # would clear the terminal
    "a\n2026-01-01 00:00      1 B  forged.txt",  # would forge a listing line
    "invoice\u202egpj.exe",  # shows as invoiceexe.jpg
    "c1\x9b31mred",  # 8-bit CSI
    "back\\slash",
    "plain 年报.pdf",
]
PREFIXES = ["dir\x1b]0;title\x07/"]
BUCKET = "b\x9b2J\nforged\u2066"
ERROR = (
    "<?xml version='1.0' encoding='UTF-8'?><Error><Code>Access\x85Denied</Code>"
    "<Message>no&#10;ossshare: forged line \u202e</Message><RequestId>rid\x9b2J</RequestId>"
    "<HostId>h</HostId><EC>0003-\u2067</EC></Error>"
)


def _contents(key: str) -> str:
    return (
        f"<Contents><Key>{quote(key, safe='')}</Key><LastModified>2026-01-02T03:04:05.000Z</LastModified>"
        "<ETag>\"e\"</ETag><Size>1</Size><StorageClass>Standard</StorageClass></Contents>"
    )


LISTING = (
    "<?xml version='1.0' encoding='UTF-8'?><ListBucketResult><Name>example-bucket</Name><Prefix></Prefix>"
    "<MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>"
    + "".join(_contents(k) for k in KEYS)
    + "".join(f"<CommonPrefixes><Prefix>{quote(p, safe='')}</Prefix></CommonPrefixes>" for p in PREFIXES)
    + f"<KeyCount>{len(KEYS) + len(PREFIXES)}</KeyCount></ListBucketResult>"
)
BUCKETS = (
    "<?xml version='1.0' encoding='UTF-8'?><ListAllMyBucketsResult><Owner><ID>1</ID></Owner><Buckets><Bucket>"
    f"<Name>{BUCKET}</Name><Region>cn-hangzhou</Region><CreationDate>2026-01-02T03:04:05.000Z</CreationDate>"
    "</Bucket></Buckets></ListAllMyBucketsResult>"
)


class Hostile(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        path = urlsplit(self.path).path
        if path == "/":
            self._reply(200, BUCKETS)
        elif path == "/example-bucket/":
            self._reply(200, LISTING)
        else:
            self._reply(403, ERROR, request_id="rid\x1b[2J\x9b")

    def _reply(self, status: int, body: str, request_id: str = "rid-1") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-oss-request-id", request_id)
        self.send_header("x-oss-ec", "0003-\x1b[31m")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def hostile(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "LTAI5tEscaping")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "escaping-secret")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


RAW = ("\x1b", "\x9b", "\x85", "\x07", "\u202e", "\u2066", "\u2067")


def test_ls_keys_are_escaped(hostile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ls", "oss://example-bucket/", "--endpoint", hostile, "--region", "cn-hangzhou"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == len(KEYS) + len(PREFIXES)  # no forged line
    assert not any(raw in out for raw in RAW)
    names = {line[29:] for line in lines}  # after the date and size columns
    assert names == {
        "\\x1b[2Jcleared",
        "a\\x0a2026-01-01 00:00      1 B  forged.txt",
        "invoice\\u202egpj.exe",
        "c1\\x9b31mred",
        "back\\\\slash",
        "plain 年报.pdf",
        "dir\\x1b]0;title\\x07/",
    }


def test_ls_bucket_names_are_escaped(hostile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ls", "--endpoint", hostile, "--region", "cn-hangzhou"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert out.count("\n") == 1 and out.rstrip().endswith("b\\x9b2J\\x0aforged\\u2066")


def test_error_fields_are_escaped_on_one_line(hostile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ls", "oss://denied-bucket/", "--endpoint", hostile, "--region", "cn-hangzhou"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("ossshare: error: ") and err.count("\n") == 1
    assert not any(raw in err for raw in RAW)
    assert "Access\\x85Denied" in err and "rid\\x9b2J" in err and "\\x0aossshare: forged line \\u202e" in err


def test_a_refused_key_of_a_batch_is_one_escaped_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "LTAI5tEscaping")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "escaping-secret")
    keys = tmp_path / "keys.txt"
    keys.write_text("ok.txt\n\x1b[2J\u202e" + "a" * 1100 + "\n", encoding="utf-8")
    main(["sign", "--bucket", "example-bucket", "--from-file", str(keys), "--region", "cn-hangzhou"])
    out, err = capsys.readouterr()
    assert out.count("\n") == 1 and "/ok.txt?" in out
    assert err.startswith("ossshare: error: cannot sign '\\x1b[2J\\u202eaaa") and err.count("\n") == 1


def test_the_link_history_lists_keys_and_notes_escaped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "LTAI5tEscaping")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "escaping-secret")
    key = "a\x1b[2J\u202e.txt"
    argv = ["sign", "--bucket", "example-bucket", "--key", key, "--region", "cn-hangzhou", "--record"]
    assert main([*argv, "--note", "n\nforged"]) == 0
    capsys.readouterr()
    assert main(["links", "list"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.rstrip("\n").endswith("oss://example-bucket/a\\x1b[2J\\u202e.txt  (n\\x0aforged)")
