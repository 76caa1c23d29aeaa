"""One HTTP exchange for OssClient: a streamed body read no further than a cap, never inflated,
and a deadline over the whole exchange.

requests bounds each socket read (the (connect, read) timeout) but not a reply as a whole: a
server sending a byte every few seconds, in its headers or its body, would hold a call for
ever. A watchdog shuts the socket of the request in flight when the deadline passes,
which ends a blocked read at once. Its connections come from DeadlineAdapter (mounted on the
client's own session), which tells the sending thread's watch which socket that is; on a
session passed in, only the body is watched (its connection is known once headers arrived).

Bodies are read raw: the client asks for `identity`, so a compressed reply it has to parse is
refused rather than inflated (1 MB of gzip can inflate to 1 GiB).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import re
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import ProtocolError, ReadTimeoutError
from urllib3.response import BaseHTTPResponse

from .errors import DeadlineExceeded, NetworkError, ReplyTooLarge, ResponseError, UnaskedEncoding

# The largest reply the client parses is a 1,000-key listing page: a few hundred KB usually,
# about 3.5 MB at worst (1,023-byte keys percent-encoded three bytes per byte, plus metadata).
MAX_REPLY_BYTES = 8 * 1024 * 1024
_CHUNK = 64 * 1024
_ENCODING_TOKEN = re.compile(r"[A-Za-z0-9._+-]{1,40}")  # shown in a message only when it looks like one


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    headers: requests.structures.CaseInsensitiveDict[str]
    body: bytes


class Deadline:
    """When one operation must be over, on the monotonic clock."""

    __slots__ = ("_end", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())


class _Watch:
    """The connection the current request uses; `expire` (the watchdog) shuts its socket."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: HTTPConnection | None = None
        self.over = False  # the exchange ended: the connection may be back in the pool
        self.expired = False

    def attach(self, conn: HTTPConnection) -> None:
        with self._lock:
            if self.over:
                return
            self._conn = conn
            late = self.expired
        if late:
            _shut(conn)

    def expire(self) -> None:
        with self._lock:
            if self.over:
                return
            self.expired = True
            conn = self._conn
        if conn is not None:
            _shut(conn)

    def end(self) -> None:
        with self._lock:
            self.over = True
            self._conn = None


class _Watchdog:
    """One daemon thread for every deadline in the process (a timer thread per request would
    cost more than a small request on loopback). Ended watches leave the heap when due, or in
    a sweep once they are the greater part of it."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._ended = 0
        self._thread: threading.Thread | None = None

    def arm(self, watch: _Watch, seconds: float) -> None:
        entry = (time.monotonic() + seconds, next(self._order), watch)
        with self._cond:
            heapq.heappush(self._heap, entry)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ossshare-deadlines", daemon=True)
                self._thread.start()
            if self._heap[0] is entry:
                self._cond.notify()

    def disarm(self, watch: _Watch) -> None:
        watch.end()
        with self._cond:
            self._ended += 1
            if self._ended > 64 and 2 * self._ended > len(self._heap):
                self._heap = [entry for entry in self._heap if not entry[2].over]
                heapq.heapify(self._heap)
                self._ended = 0

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._cond.wait(self._heap[0][0] - time.monotonic() if self._heap else None)
                watch = heapq.heappop(self._heap)[2]
                if watch.over:
                    self._ended = max(0, self._ended - 1)
                    continue
            watch.expire()


_WATCHDOG = _Watchdog()


def _shut(conn: HTTPConnection) -> None:
    sock = conn.sock
    if sock is None:
        return
    # the plain socket's shutdown, also under TLS: it wakes a blocked read in the sending
    # thread without touching the TLS state that thread is using
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_local = threading.local()


def _attach(conn: HTTPConnection) -> None:
    watch: _Watch | None = getattr(_local, "watch", None)
    if watch is not None:
        watch.attach(conn)


class _WatchedConnection(HTTPConnection):
    # request() runs before the socket may exist and getresponse() before the headers are
    # read: attaching at both covers a fresh connection and a kept-alive one
    def request(self, *args: Any, **kwargs: Any) -> None:
        _attach(self)
        super().request(*args, **kwargs)

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _attach(self)
        return super().getresponse(*args, **kwargs)


class _WatchedTLSConnection(_WatchedConnection, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedTLSConnection


_POOLS: dict[str, type[HTTPConnectionPool]] = {"http": _Pool, "https": _TLSPool}


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter with connections the deadline watchdog can reach (HTTP proxies too)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers need their own pool classes
            manager.pool_classes_by_scheme = _POOLS
        return manager


def new_session() -> requests.Session:
    session = requests.Session()
    for prefix in ("https://", "http://"):
        session.mount(prefix, DeadlineAdapter())
    return session


def exchange(
    session: requests.Session,
    method: str,
    url: str,
    headers: dict[str, str],
    data: bytes | None,
    *,
    host: str,
    timeout: tuple[float, float],
    deadline: Deadline,
    cap: int,
    truncate: bool,
    raw_body: bool,
) -> Reply:
    """Send one request and read its reply. A 2xx body goes past `cap` only as an error
    (ReplyTooLarge), or, with `truncate`, is cut at `cap`; `raw_body` takes a 2xx body as it is
    stored (an object's own Content-Encoding), where a parsed reply must be uncompressed.
    Every failure is a NetworkError of some kind; DeadlineExceeded once `deadline` passed."""
    left = deadline.remaining()
    if left <= 0:
        raise DeadlineExceeded(host, deadline.seconds)
    clipped = (min(timeout[0], left), min(timeout[1], left))
    prepared = session.prepare_request(requests.Request(method, url, headers=headers, data=data))
    prepared.url = url  # exactly as signed: requests would re-quote the path its own way
    settings = session.merge_environment_settings(url, {}, True, None, None)
    # the adapter itself, not session.send: with redirects off, send still reads a 3xx body
    # whole (and inflates it) to prepare the redirect nobody follows
    adapter = session.get_adapter(url)
    watch = _Watch()
    _local.watch = watch
    _WATCHDOG.arm(watch, left)
    try:
        try:
            response = adapter.send(
                prepared,
                stream=True,
                timeout=clipped,
                verify=True if settings["verify"] is None else settings["verify"],
                cert=settings["cert"],
                proxies=settings["proxies"],
            )
        except requests.RequestException as exc:
            raise _failure(exc, host, timeout, clipped, deadline, watch) from None
        conn = getattr(response.raw, "connection", None)
        if isinstance(conn, HTTPConnection):  # also under a session passed in: its body is watched
            watch.attach(conn)
        try:
            body = _body(response, method, host, cap, truncate, raw_body)
        except (Urllib3Error, OSError, requests.RequestException) as exc:
            raise _failure(exc, host, timeout, clipped, deadline, watch) from None
        finally:
            response.close()
        if watch.expired:  # the watchdog ended a body that had no length to check it against
            raise DeadlineExceeded(host, deadline.seconds)
        return Reply(response.status_code, response.headers, body)
    finally:
        _WATCHDOG.disarm(watch)
        _local.watch = None


def _body(response: requests.Response, method: str, host: str, cap: int, truncate: bool, raw_body: bool) -> bytes:
    if method == "HEAD":
        response.raw.release_conn()  # no body follows: the connection can serve the next request
        return b""
    status = response.status_code
    if status >= 300:  # an error document is read whole: cut short, its Code would be lost
        cap, truncate, raw_body = MAX_REPLY_BYTES, False, False
    encoding = response.headers.get("Content-Encoding", "").strip()
    if not raw_body and encoding.lower() not in ("", "identity"):
        shown = encoding if _ENCODING_TOKEN.fullmatch(encoding) else "an encoding it did not ask for"
        raise UnaskedEncoding(host, shown, status)
    if not truncate and _declared_length(response) > cap:
        raise ReplyTooLarge(host, cap)
    raw: BaseHTTPResponse = response.raw
    want = cap if truncate else cap + 1
    buf = bytearray()
    while len(buf) < want:
        chunk = raw.read(min(_CHUNK, want - len(buf)), decode_content=False)
        if not chunk:
            break
        buf += chunk
    if len(buf) > cap:
        raise ReplyTooLarge(host, cap)
    return bytes(buf)


def _declared_length(response: requests.Response) -> int:
    try:
        return int(response.headers.get("Content-Length", "0"))
    except ValueError:
        return 0  # not a number: the read below still stops at the cap


def _failure(
    exc: BaseException,
    host: str,
    timeout: tuple[float, float],
    clipped: tuple[float, float],
    deadline: Deadline,
    watch: _Watch,
) -> NetworkError:
    connect_timeout = isinstance(exc, requests.ConnectTimeout)
    timed_out = isinstance(exc, (requests.Timeout, ReadTimeoutError, socket.timeout)) or (
        isinstance(exc, requests.ConnectionError) and "timed out" in str(exc).lower()
    )
    which = 0 if connect_timeout else 1
    if watch.expired or deadline.remaining() <= 0 or (timed_out and clipped[which] < timeout[which]):
        return DeadlineExceeded(host, deadline.seconds)
    if timed_out:
        return NetworkError(host, f"timed out after {timeout[which]:g} s")
    if isinstance(exc, (requests.exceptions.ChunkedEncodingError, ProtocolError)):
        return ResponseError(host, "the connection closed before the whole reply arrived")
    if isinstance(exc, requests.ConnectionError):
        return NetworkError(host, _connection_reason(exc))
    return NetworkError(host, type(exc).__name__)


def _connection_reason(exc: requests.ConnectionError) -> str:
    text = str(exc)
    if "RemoteDisconnected" in text or "Connection aborted" in text or "reset by peer" in text.lower():
        return "the server closed the connection without answering"
    if "refused" in text.lower():
        return "the connection was refused"
    if "Name or service not known" in text or "NameResolutionError" in text or "getaddrinfo" in text:
        return "the host name could not be resolved"
    return "the connection failed"
