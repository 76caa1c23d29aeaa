"""The OSS REST API over `requests`: listing, bucket facts, head, ranged get and put.

Every request is signed with V4 header authentication from the core, sent to a URL that is
already percent-encoded (requests must not re-encode it), and, when it is safe to repeat,
retried with jittered exponential backoff on connection failures and 5xx answers. Nothing the
server sends is trusted: each read has a timeout, each operation a deadline (retries and their
pauses included), each reply a size cap (transport), and listings stop when their markers
would never end (paging). Errors come back as OssError (OSS said no) or NetworkError (no
usable answer). No Qt here: the UI calls this from worker threads.
"""

from __future__ import annotations

import base64
import binascii
import logging
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import TypeVar

import requests

from ..core import Credentials, Endpoint, ValidationError, sign_request
from ..core.clock import utc_now
from ..core.endpoint import EndpointKind, region_host
from ..core.validation import check_bucket, check_key, check_region
from . import xml_parse
from .errors import DeadlineExceeded, NetworkError, OssError, ReplyTooLarge, ResponseError, UnaskedEncoding
from .models import BucketInfo, BucketPage, ObjectHead, ObjectPage, VersionPage
from .paging import PageGuard
from .redact import redact_url
from .transport import MAX_REPLY_BYTES, Deadline, Reply, exchange, new_session

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_P = TypeVar("_P")


class OssClient:
    """One account, one region, one endpoint. Thread-safe enough for a worker pool: the only
    state that changes is the last clock skew seen."""

    def __init__(
        self,
        credentials: Credentials,
        region: str,
        endpoint: Endpoint,
        *,
        timeout: tuple[float, float] = (5.0, 30.0),
        deadline: float = 60.0,
        retries: int = 3,
        session: requests.Session | None = None,
        now: Callable[[], datetime] = utc_now,
        sleep: Callable[[float], None] = time.sleep,
        backoff_base: float = 0.2,
        backoff_max: float = 5.0,
    ) -> None:
        check_region(region)
        if retries < 0:
            raise ValidationError("retries", "must be zero or more")
        if not deadline > 0:
            raise ValidationError("deadline", "must be more than zero seconds")
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.timeout = timeout
        self.deadline = deadline  # seconds one operation may take in all, retries and pauses included
        self.retries = retries
        self._owns_session = session is None
        # a session passed in keeps its own adapters: its reads are still bounded by the
        # deadline, but a socket blocked in a read is only woken on the client's own session
        self._session = session if session is not None else new_session()
        self._now = now
        self._sleep = sleep
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._clock_skew: timedelta | None = None

    def __repr__(self) -> str:
        return f"OssClient(region={self.region!r}, endpoint={self.endpoint.netloc!r})"

    def __enter__(self) -> OssClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the session if this client made it; a session passed in stays its owner's."""
        if self._owns_session:
            self._session.close()

    @property
    def clock_skew(self) -> timedelta | None:
        """The server's `Date` minus the local clock, from the last response (None before any)."""
        return self._clock_skew

    def with_region(self, region: str, endpoint: Endpoint | None = None) -> OssClient:
        """A client signing for `region`, sharing this one's session and settings. On a
        region's own OSS endpoint the host follows the region; other endpoints are kept."""
        check_region(region)
        if endpoint is None:
            endpoint = self.endpoint
            for kind in EndpointKind:
                if endpoint.netloc == region_host(self.region, kind):
                    endpoint = Endpoint(endpoint.scheme, region_host(region, kind), endpoint.style)
                    break
        twin = OssClient(
            self.credentials,
            region,
            endpoint,
            timeout=self.timeout,
            deadline=self.deadline,
            retries=self.retries,
            session=self._session,
            now=self._now,
            sleep=self._sleep,
            backoff_base=self._backoff_base,
            backoff_max=self._backoff_max,
        )
        return twin

    # ----- buckets -----

    def list_buckets(
        self, prefix: str | None = None, marker: str | None = None, max_keys: int | None = None
    ) -> BucketPage:
        query = _present(("prefix", prefix), ("marker", marker), ("max-keys", _num(max_keys)))
        reply = self._call("GET", None, None, query)
        return self._parse(xml_parse.parse_bucket_page, reply, None)

    def iter_bucket_pages(self, prefix: str | None = None, page_size: int | None = None) -> Iterator[BucketPage]:
        return _pages(
            lambda marker: self.list_buckets(prefix=prefix, marker=marker, max_keys=page_size),
            lambda page: page.next_marker,
            lambda page: page.is_empty,
            self._host(None),
        )

    def bucket_info(self, bucket: str) -> BucketInfo:
        """GetBucketInfo: region, creation date, storage class and endpoints of one bucket."""
        check_bucket(bucket)
        reply = self._call("GET", bucket, None, [("bucketInfo", "")])
        return self._parse(xml_parse.parse_bucket_info, reply, bucket)

    def bucket_region(self, bucket: str) -> str:
        """GetBucketLocation, as a region id (`oss-cn-hangzhou` -> `cn-hangzhou`). A bucket of
        another region may refuse the call on this region's endpoint, naming its own endpoint
        in the error: that names its region too."""
        check_bucket(bucket)
        try:
            reply = self._call("GET", bucket, None, [("location", "")])
        except OssError as exc:
            if exc.region_hint is not None:
                return exc.region_hint
            raise
        return self._parse(xml_parse.parse_location, reply, bucket)

    # ----- listing -----

    def list_objects(
        self,
        bucket: str,
        prefix: str = "",
        delimiter: str = "/",
        max_keys: int = 1000,
        continuation_token: str | None = None,
        start_after: str | None = None,
    ) -> ObjectPage:
        """One ListObjectsV2 page; keys and prefixes come back decoded."""
        check_bucket(bucket)
        query = [("list-type", "2")]
        query += _present(
            ("prefix", prefix or None),
            ("delimiter", delimiter or None),
            ("max-keys", _num(max_keys)),
            ("continuation-token", continuation_token),
            ("start-after", start_after or None),
        )
        query.append(("encoding-type", "url"))
        reply = self._call("GET", bucket, None, query)
        return self._parse(xml_parse.parse_object_page, reply, bucket)

    def iter_object_pages(
        self, bucket: str, prefix: str = "", delimiter: str = "/", page_size: int = 1000
    ) -> Iterator[ObjectPage]:
        return _pages(
            lambda token: self.list_objects(
                bucket, prefix=prefix, delimiter=delimiter, max_keys=page_size, continuation_token=token
            ),
            lambda page: page.next_token,
            lambda page: page.is_empty,
            self._host(bucket),
        )

    def list_versions(
        self,
        bucket: str,
        prefix: str = "",
        delimiter: str | None = None,
        key_marker: str | None = None,
        version_id_marker: str | None = None,
        max_keys: int = 1000,
    ) -> VersionPage:
        """One ListObjectVersions page, delete markers included."""
        check_bucket(bucket)
        query = [("versions", "")]
        query += _present(
            ("prefix", prefix or None),
            ("delimiter", delimiter or None),
            ("key-marker", key_marker),
            ("version-id-marker", version_id_marker),
            ("max-keys", _num(max_keys)),
        )
        query.append(("encoding-type", "url"))
        reply = self._call("GET", bucket, None, query)
        return self._parse(xml_parse.parse_version_page, reply, bucket)

    def iter_version_pages(
        self, bucket: str, prefix: str = "", delimiter: str | None = None, page_size: int = 1000
    ) -> Iterator[VersionPage]:
        return _pages(
            lambda marker: self.list_versions(
                bucket,
                prefix=prefix,
                delimiter=delimiter,
                key_marker=marker[0] if marker else None,
                version_id_marker=marker[1] if marker else None,
                max_keys=page_size,
            ),
            lambda page: (page.next_key_marker, page.next_version_id_marker) if page.next_key_marker else None,
            lambda page: page.is_empty,
            self._host(bucket),
        )

    # ----- objects -----

    def head_object(self, bucket: str, key: str, version_id: str | None = None) -> ObjectHead:
        check_bucket(bucket)
        check_key(key)
        query = _present(("versionId", version_id))
        reply = self._call("HEAD", bucket, key, query)
        return self._head(key, reply, bucket)

    def get_object_range(
        self,
        bucket: str,
        key: str,
        start: int = 0,
        end: int | None = None,
        version_id: str | None = None,
        *,
        max_bytes: int = MAX_REPLY_BYTES,
    ) -> bytes:
        """Bytes `start..end` (inclusive) of an object, or from `start` to its end, which may be
        at most `max_bytes` long (ReplyTooLarge past that). A server that ignores the range is
        read no further than the range needs. The bytes are the object's as stored: an object
        saved with its own Content-Encoding comes back encoded, never inflated."""
        check_bucket(bucket)
        check_key(key)
        if start < 0 or (end is not None and end < start):
            raise ValidationError("range", f"bytes {start}-{'' if end is None else end} is not a range")
        headers = {}
        if start or end is not None:
            headers["Range"] = f"bytes={start}-{'' if end is None else end}"
        query = _present(("versionId", version_id))
        if end is not None:
            # A 206 holds at most end-start+1 bytes; a 200 (range ignored) is needed up to end+1.
            reply = self._call("GET", bucket, key, query, headers=headers, cap=end + 1, truncate=True, raw_body=True)
        else:
            reply = self._call("GET", bucket, key, query, headers=headers, cap=start + max_bytes, raw_body=True)
        body = reply.body
        if reply.status == 200 and "Range" in headers:  # range ignored: cut it ourselves
            body = body[start : None if end is None else end + 1]
        if len(body) > max_bytes:
            raise ReplyTooLarge(self._host(bucket), max_bytes)
        return body

    def put_object(self, bucket: str, key: str, data: bytes, content_type: str | None = None) -> str | None:
        """Upload `data`; returns the new version id on a versioned bucket. Not retried: on a
        versioned bucket a repeat would leave an extra version."""
        check_bucket(bucket)
        check_key(key)
        headers = {"Content-Type": content_type} if content_type else {}
        reply = self._call("PUT", bucket, key, [], headers=headers, data=data, idempotent=False)
        return reply.headers.get("x-oss-version-id") or None

    # ----- plumbing -----

    def _host(self, bucket: str | None) -> str:
        return self.endpoint.host_for(bucket)

    def _parse(self, parser: Callable[[bytes], _T], reply: Reply, bucket: str | None) -> _T:
        try:
            return parser(reply.body)
        except xml_parse.XmlError as exc:
            raise ResponseError(self._host(bucket), str(exc)) from None

    def _head(self, key: str, reply: Reply, bucket: str) -> ObjectHead:
        h = reply.headers
        try:
            size = int(h["Content-Length"])
            modified = parsedate_to_datetime(h["Last-Modified"]).astimezone(UTC)
        except (KeyError, TypeError, ValueError):
            raise ResponseError(self._host(bucket), "the object's size or date is missing") from None
        prefix = "x-oss-meta-"
        meta = {k[len(prefix) :].lower(): _header_text(v) for k, v in h.items() if k.lower().startswith(prefix)}
        return ObjectHead(
            key=key,
            size=size,
            etag=h.get("ETag", ""),
            content_type=h.get("Content-Type", ""),
            last_modified=modified,
            version_id=h.get("x-oss-version-id") or None,
            storage_class=h.get("x-oss-storage-class") or "Standard",
            restore=h.get("x-oss-restore") or None,
            object_type=h.get("x-oss-object-type") or None,
            metadata=meta,
        )

    def _call(
        self,
        method: str,
        bucket: str | None,
        key: str | None,
        query: list[tuple[str, str]],
        *,
        headers: dict[str, str] | None = None,
        data: bytes | None = None,
        idempotent: bool = True,
        cap: int = MAX_REPLY_BYTES,
        truncate: bool = False,
        raw_body: bool = False,
    ) -> Reply:
        """Send one operation, retrying what may be retried while the deadline allows; a 2xx
        reply or an exception."""
        host = self._host(bucket)
        deadline = Deadline(self.deadline)
        attempts = 1 + (self.retries if idempotent else 0)
        # requests would offer "gzip, deflate": OSS then compresses text objects of 1 KB or more
        # and leaves out their Content-Length and ETag, even on HEAD (the SDK, too, offers none)
        extra = {**(headers or {}), "Accept-Encoding": "identity"}
        for attempt in range(attempts):
            # Signed afresh each attempt: the date in the signature must be the send time.
            signed = sign_request(
                method,
                endpoint=self.endpoint,
                bucket=bucket,
                key=key,
                query=query,
                headers=headers,
                credentials=self.credentials,
                region=self.region,
                now=self._now(),
            )
            error: NetworkError | OssError
            try:
                reply = exchange(
                    self._session,
                    signed.method,
                    signed.url,
                    {**signed.headers, **extra},
                    data,
                    host=host,
                    timeout=self.timeout,
                    deadline=deadline,
                    cap=cap,
                    truncate=truncate,
                    raw_body=raw_body,
                )
            except (DeadlineExceeded, ReplyTooLarge, UnaskedEncoding):
                raise  # another attempt would take as long, or get the same reply
            except NetworkError as exc:
                error = exc
            else:
                self._note_date(reply.headers)
                log.debug("%s %s -> %s (attempt %d)", method, redact_url(signed.url), reply.status, attempt + 1)
                if reply.status < 300:
                    return reply
                error = self._error(reply, method)
                if reply.status < 500 and reply.status != 429:
                    raise error
            if attempt + 1 < attempts:
                delay = random.uniform(0, min(self._backoff_max, self._backoff_base * 2**attempt))
                if delay >= deadline.remaining():
                    break  # no time left for another attempt: the last error says the most
                log.debug("%s %s failed (%s); retrying in %.2f s", method, redact_url(signed.url), error.title, delay)
                self._sleep(delay)
        raise error

    def _note_date(self, headers: requests.structures.CaseInsensitiveDict[str]) -> None:
        value = headers.get("Date")
        if not value:
            return
        try:
            server = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return
        if server.tzinfo is None:
            server = server.replace(tzinfo=UTC)
        self._clock_skew = server - self._now()

    def _error(self, reply: Reply, method: str) -> OssError:
        fields = xml_parse.parse_error(reply.body)
        if not fields and reply.headers.get("x-oss-err"):
            # HEAD answers carry no body; OSS puts the error document base64-encoded in a header.
            try:
                fields = xml_parse.parse_error(base64.b64decode(reply.headers["x-oss-err"]))
            except (binascii.Error, ValueError):
                fields = {}
        code = fields.get("Code") or _code_for_status(reply.status, method)
        return OssError(
            code,
            fields.get("Message", ""),
            fields.get("RequestId") or reply.headers.get("x-oss-request-id"),
            reply.status,
            host_id=fields.get("HostId"),
            ec=fields.get("EC") or reply.headers.get("x-oss-ec"),
            endpoint=fields.get("Endpoint"),
        )


def _code_for_status(status: int, method: str) -> str:
    if method == "HEAD" and status == 404:
        return "NoSuchKey"
    return {403: "AccessDenied", 404: "NotFound", 416: "InvalidRange"}.get(
        status, "InternalError" if status >= 500 else f"HTTP{status}"
    )


def _header_text(value: str) -> str:
    """OSS sends header values as UTF-8 bytes; http.client hands them over as latin-1."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _present(*pairs: tuple[str, str | None]) -> list[tuple[str, str]]:
    return [(k, v) for k, v in pairs if v is not None]


def _num(value: int | None) -> str | None:
    return None if value is None else str(value)


def _pages(
    fetch: Callable[[_T | None], _P], next_of: Callable[[_P], _T | None], empty: Callable[[_P], bool], host: str
) -> Iterator[_P]:
    """Pages until the server stops, or until its markers show it never would (PageGuard)."""
    guard = PageGuard(host)
    marker: _T | None = None
    while True:
        page = fetch(marker)
        yield page
        following = next_of(page)
        guard.follow(following, empty(page))
        if following is None:
            return
        marker = following
