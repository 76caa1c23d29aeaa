"""The sandbox's HTTP layer: a threading server on loopback, request parsing, OSS-style
responses and errors, injected faults, and log lines with secrets redacted."""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

from ..core.header_auth import http_date
from ..oss.redact import redact_text
from . import xml_replies as xml
from .api import Request, Response, SandboxApi
from .errors import SandboxError
from .faults import Faults

log = logging.getLogger("ossshare.sandbox")

_FAULT_CODES = {500: "InternalError", 502: "BadGateway", 503: "ServiceUnavailable", 504: "GatewayTimeout"}
MAX_BODY = 512 * 1024 * 1024  # default cap on a request body, sized or chunked: bodies are held in memory
_MAX_LINE = 4096  # a chunk-size or trailer line
_MAX_TRAILER_LINES = 64
_CHUNK_SIZE_RE = re.compile(rb"[0-9A-Fa-f]{1,16}")


def redact(text: str) -> str:
    """Signatures and security tokens out of a URL or log line (the client's scrubbing)."""
    return redact_text(text, "<redacted>")


def host_name(host: str) -> str:
    """The Host header without its port, lower-case ("[::1]:80" -> "::1")."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if ":" in host else host


def request_id() -> str:
    return secrets.token_hex(12).upper()


def _too_large() -> SandboxError:
    return SandboxError(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed object size.")


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        api: SandboxApi,
        faults: Faults,
        now: Callable[[], datetime],
        max_body: int = MAX_BODY,
    ) -> None:
        self.api = api
        self.max_body = max_body
        self.faults = faults
        self.now = now
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SandboxHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # a client that went away mid-answer (dropped faults, timeouts) is not news
        log.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close_open_connections(self) -> None:
        """Wake handler threads parked on idle keep-alive connections so they end."""
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class SandboxHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "AliyunOSS"
    sys_version = ""
    server: SandboxServer
    timeout = 60  # an idle keep-alive connection is dropped after this
    # A reply leaves in one write (headers and a small body share the buffer, flushed after each
    # request) and without Nagle's delay: otherwise a small reply on a kept-alive connection
    # waits ~40 ms for the client's delayed ACK.
    wbufsize = -1
    disable_nagle_algorithm = True
    _body_pending = False  # the request declared a body that was not read (yet)

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    # --- request -----------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, value in self.headers.items():
            lname = name.lower()
            out[lname] = f"{out[lname]},{value}" if lname in out else value
        return out

    def _declares_body(self, headers: dict[str, str]) -> bool:
        return "transfer-encoding" in headers or headers.get("content-length", "0") not in ("", "0")

    def _read_body(self, headers: dict[str, str]) -> bytes:
        """The body, refused past the server's cap whether it is sized or chunked."""
        cap = self.server.max_body
        coding = headers.get("transfer-encoding")
        if coding is not None and coding.strip().lower() != "chunked":
            raise ValueError("a transfer coding other than chunked")  # its end could not be found
        if headers.get("expect", "").lower() == "100-continue" and self.request_version != "HTTP/1.0":
            self.send_response_only(100)
            self.end_headers()
            self.wfile.flush()
        if coding is not None:
            return self._read_chunked(cap)
        raw = headers.get("content-length", "0") or "0"
        if not raw.isdigit() or len(raw) > 19:
            raise ValueError("Content-Length is not a byte count")
        length = int(raw)
        if length > cap:
            raise _too_large()
        body = self.rfile.read(length) if length > 0 else b""
        if len(body) != length:
            raise ValueError("the body ended before its Content-Length")
        return body

    def _read_chunked(self, cap: int) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_text = self._line().split(b";")[0].strip()
            if not _CHUNK_SIZE_RE.fullmatch(size_text):
                raise ValueError("a chunk size is not hexadecimal")
            size = int(size_text, 16)
            if size == 0:
                break
            total += size
            if total > cap:  # before reading the chunk: nothing past the cap is held
                raise _too_large()
            chunk = self.rfile.read(size)
            if len(chunk) != size or self._line().strip():
                raise ValueError("a chunk ended early or without its line end")
            chunks.append(chunk)
        for _ in range(_MAX_TRAILER_LINES):
            if not self._line().strip():
                return b"".join(chunks)
        raise ValueError("too many trailer lines")

    def _line(self) -> bytes:
        line = self.rfile.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE or not line.endswith(b"\n"):
            raise ValueError("a chunk line is too long or cut off")
        return line

    def handle_expect_100(self) -> bool:
        # 100 Continue goes out only once the request is authorized (_read_body), so a refused
        # client never sends its body at all
        return True

    def _parse(self) -> Request:
        """The request line and headers; the body is read once the request is authorized."""
        headers = self._headers()
        raw_path, _, raw_query = self.path.partition("?")
        if raw_path.startswith(("http://", "https://")):  # absolute-form request target
            raw_path = "/" + raw_path.split("/", 3)[3] if raw_path.count("/") >= 3 else "/"
        query = []
        for part in raw_query.split("&"):
            if part:
                name, _, value = part.partition("=")
                query.append((unquote(name), unquote(value)))
        return Request(self.command, host_name(headers.get("host", "")), raw_path or "/", query, headers)

    # --- response ----------------------------------------------------------------------
    def _serve(self) -> None:
        rid = request_id()
        faults = self.server.faults
        started = time.monotonic()
        if faults.latency > 0:
            time.sleep(faults.latency)
        if faults.take_drop():
            self._log(rid, "dropped")
            self._drop()
            return
        self._body_pending = False
        try:
            req = self._parse()
            self._body_pending = self._declares_body(req.headers)
            status = faults.take_error()
            if status is not None:
                code = _FAULT_CODES.get(status, "InternalError")
                raise SandboxError(status, code, "Please try again (injected fault).")
            target = self.server.api.authorize(req)
            req.body = self._read_body(req.headers)
            self._body_pending = False
            resp = self.server.api.handle(req, target)
        except SandboxError as exc:
            resp = self._error(exc, rid)
        except (ValueError, UnicodeError, OSError) as exc:
            self._body_pending = True  # the body may be half read: do not reuse the connection
            resp = self._error(
                SandboxError(400, "InvalidRequest", f"The request could not be read: {type(exc).__name__}."), rid
            )
        except Exception:  # a sandbox bug: answer like OSS would, keep serving
            log.exception("sandbox request %s failed", rid)
            bug = SandboxError(500, "InternalError", "We encountered an internal error. Please try again.")
            resp = self._error(bug, rid)
        self._log(rid, str(resp.status), time.monotonic() - started)  # before answering: tests read it
        self._send(resp, rid)

    def _error(self, exc: SandboxError, rid: str) -> Response:
        host_id = self.headers.get("Host", "") or "localhost"
        body = xml.error(exc.code, exc.message, rid, host_id, exc.fields, exc.ec)
        headers = dict(exc.headers)
        headers["Content-Type"] = "application/xml"
        if exc.ec:
            headers["x-oss-ec"] = exc.ec
        if self.command == "HEAD":  # no body: OSS sends the error XML base64-encoded in a header
            headers["x-oss-err"] = base64.b64encode(body).decode()
        return Response(exc.status, headers, body, is_xml=True)

    def _send(self, resp: Response, rid: str) -> None:
        faults = self.server.faults
        body = resp.body
        truncate = False
        if resp.is_xml and body:
            if faults.malformed_xml:
                body = body[: len(body) // 2] + b"<</>&"
            elif faults.truncated_xml:
                truncate = True
        # send_response_only: send_response adds its own (unskewed) Date; exactly one is sent
        self.send_response_only(resp.status)
        self.send_header("Server", self.version_string())
        self.send_header("Date", http_date(self.server.now() + faults.date_skew))
        self.send_header("x-oss-request-id", rid)
        self.send_header("x-oss-server-time", "1")
        headers = dict(resp.headers)
        if resp.is_xml and "Content-Type" not in headers:
            headers["Content-Type"] = "application/xml"
        if resp.chunked:
            headers["Transfer-Encoding"] = "chunked"
        elif "Content-Length" not in headers:
            headers["Content-Length"] = str(0 if self.command == "HEAD" and resp.is_xml else len(body))
        for name, value in headers.items():
            # values travel as UTF-8 bytes, as OSS sends them (http.server writes latin-1)
            self.send_header(name, value.encode("utf-8").decode("latin-1"))
        if truncate or self._body_pending:  # an unread body would be taken for the next request
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command == "HEAD":
            return
        if truncate:
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self._drop()
            return
        if resp.chunked:
            self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if body else b"0\r\n\r\n")
            return
        self.wfile.write(body)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # --- logging ---------------------------------------------------------------------
    def _log(self, rid: str, outcome: str, seconds: float = 0.0) -> None:
        if log.isEnabledFor(logging.INFO):
            log.info("%s %s %s -> %s (%.1f ms)", rid, self.command, redact(self.path), outcome, seconds * 1000)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s", redact(format % args))
