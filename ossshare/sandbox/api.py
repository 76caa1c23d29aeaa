"""What the sandbox answers to one request: addressing, authentication, the operations.

No sockets here: a parsed `Request` goes in, a `Response` comes out, or a SandboxError
that the HTTP layer turns into an OSS XML error.
"""

from __future__ import annotations

import base64
import binascii
import gzip
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote

from ..core.endpoint import endpoint_facts, is_ip_host
from ..core.header_auth import http_date
from ..oss.models import ARCHIVE_CLASSES
from . import errors as err
from . import xml_replies as xml
from .auth import AuthRequest, Verifier
from .range import parse_range
from .store import BUCKET_RE, Store, StoredVersion

RESPONSE_OVERRIDES = {
    "response-content-type": "Content-Type",
    "response-content-language": "Content-Language",
    "response-expires": "Expires",
    "response-cache-control": "Cache-Control",
    "response-content-disposition": "Content-Disposition",
    "response-content-encoding": "Content-Encoding",
}
# OSS compresses these types, from 1 KB, for a GET or HEAD that accepts gzip (and then sends
# no ETag, Content-Length or Accept-Ranges): help "How do I compress objects that I download
# from OSS in the GZIP format?" (alibabacloud.com/help/faq-detail/39645.html)
GZIP_TYPES = frozenset(
    {
        "text/cache-manifest", "text/xml", "text/css", "text/html", "text/plain", "application/javascript",
        "application/x-javascript", "application/rss+xml", "application/json", "text/json",
    }
)
GZIP_MIN_SIZE = 1024
# x-oss-traffic-limit, a header or (in a signed URL) a query parameter, in bit/s
# (help: "Single-connection bandwidth throttling"); the sandbox checks it, never throttles
TRAFFIC_LIMIT_RANGE = (819_200, 838_860_800)
DEFAULT_MAX_KEYS = 100
MAX_MAX_KEYS = 1000


@dataclass
class Request:
    method: str
    host: str  # Host header without the port, lower-case
    raw_path: str  # before decoding, no query
    query: list[tuple[str, str]]  # decoded pairs, in the order sent
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass(frozen=True)
class Target:
    """The bucket and key an authorized request addresses (None: the service, the bucket)."""

    bucket: str | None
    key: str | None


@dataclass
class Response:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    is_xml: bool = False
    chunked: bool = False  # no Content-Length: the body goes out in chunked transfer coding


class SandboxApi:
    def __init__(
        self,
        store: Store,
        verifier: Verifier,
        region: str,
        base_hosts: set[str],
        cnames: Mapping[str, str],
        now: Callable[[], datetime],
    ) -> None:
        self.store = store
        self.verifier = verifier
        self.region = region
        self.base_hosts = base_hosts | {"localhost"}
        self.cnames = dict(cnames)
        self.now = now

    # --- addressing ------------------------------------------------------------------
    def target(self, req: Request) -> tuple[str | None, str | None]:
        """(bucket, key) from a virtual-host, CNAME or path-style request."""
        host = req.host
        path = req.raw_path
        if host in self.cnames:
            return self.cnames[host], unquote(path[1:]) or None
        label, _, rest = host.partition(".")
        # an OSS endpoint of any region or kind (the core reads it as a region, not a custom host)
        base = rest in self.base_hosts or endpoint_facts(rest).endpoint is None
        if rest and base and not is_ip_host(host) and host not in self.base_hosts:
            return label, unquote(path[1:]) or None
        bucket, _, key = path[1:].partition("/")
        return unquote(bucket) or None, unquote(key) or None

    def _host_region(self, host: str) -> str | None:
        """The region an OSS endpoint host names (`oss-cn-shanghai.aliyuncs.com`, with or
        without a bucket label); None for loopback, CNAMEs and other hosts."""
        if host in self.cnames:
            return None
        for candidate in (host, host.partition(".")[2]):
            region = endpoint_facts(candidate).region
            if region is not None:
                return region
        return None

    # --- entry -----------------------------------------------------------------------
    def authorize(self, req: Request) -> Target:
        """Addressing and signature, from the request line and headers alone: the HTTP layer
        calls this before it reads a body, so an unsigned upload costs nothing to refuse."""
        bucket, key = self.target(req)
        if bucket is not None and bucket not in self.store.buckets and not (req.method == "PUT" and key is None):
            raise err.no_such_bucket(bucket)
        # a bucket's requests are signed for its region; others for the endpoint's region (the
        # sandbox's own on loopback)
        state = self.store.buckets.get(bucket) if bucket is not None else None
        host_region = self._host_region(req.host)
        region = state.region if state is not None else host_region or self.region
        if state is not None and host_region not in (None, state.region):
            # sent to another region's endpoint (OSS answers this before checking the signature)
            raise err.wrong_endpoint(state.name, state.region)
        self.verifier.verify(AuthRequest(req.method, bucket, key, req.query, req.headers, self.now(), region))
        return Target(bucket, key)

    def handle(self, req: Request, target: Target) -> Response:
        """The operation of a request `authorize` accepted, its body read."""
        bucket, key = target.bucket, target.key
        q = dict(req.query)
        if bucket is None:
            if req.method != "GET":
                raise err.method_not_allowed()
            return self.list_buckets(q)
        if key is None:
            return self._bucket_op(req, bucket, q)
        if req.method in ("GET", "PUT"):
            _check_traffic_limit(req, q)
        if req.method in ("GET", "HEAD"):
            return self.get_object(req, bucket, key, q)
        if req.method == "PUT":
            return self.put_object(req, bucket, key)
        if req.method == "DELETE":
            return self.delete_object(bucket, key, q)
        raise err.not_implemented(f"{req.method} on an object")

    def _bucket_op(self, req: Request, bucket: str, q: dict[str, str]) -> Response:
        if req.method == "PUT":
            if not BUCKET_RE.fullmatch(bucket):
                raise err.SandboxError(
                    400, "InvalidBucketName", "The specified bucket is not valid.", fields={"BucketName": bucket}
                )
            self.store.create_bucket(bucket)
            return Response()
        if req.method != "GET":
            raise err.not_implemented(f"{req.method} on a bucket")
        state = self.store.buckets[bucket]
        if "bucketInfo" in q:
            return Response(body=xml.bucket_info(state), is_xml=True)
        if "location" in q:
            return Response(body=xml.location(state.region), is_xml=True)
        if "versions" in q:
            return self.list_versions(bucket, q)
        if q.get("list-type") == "2":
            return self.list_objects_v2(bucket, q)
        return self.list_objects_v1(bucket, q)

    # --- listing ---------------------------------------------------------------------
    def list_buckets(self, q: dict[str, str]) -> Response:
        prefix, marker = q.get("prefix", ""), q.get("marker", "")
        max_keys = _max_keys(q)
        buckets, truncated = self.store.list_buckets(prefix, marker, max_keys)
        return Response(body=xml.list_buckets(buckets, prefix, marker, max_keys, truncated), is_xml=True)

    def list_objects_v2(self, bucket: str, q: dict[str, str]) -> Response:
        prefix, delimiter = q.get("prefix", ""), q.get("delimiter", "")
        start_after, token = q.get("start-after", ""), q.get("continuation-token", "")
        max_keys, url = _max_keys(q), _url_encoding(q)
        marker = max(start_after, _decode_token(token) if token else "")
        page = self.store.list_objects(bucket, prefix, delimiter, marker, max_keys)
        next_token = _encode_token(page.next_marker) if page.truncated else ""
        body = xml.list_objects_v2(
            bucket,
            page,
            prefix=prefix,
            delimiter=delimiter,
            max_keys=max_keys,
            start_after=start_after,
            token=token,
            next_token=next_token,
            url=url,
        )
        return Response(body=body, is_xml=True)

    def list_objects_v1(self, bucket: str, q: dict[str, str]) -> Response:
        prefix, delimiter, marker = q.get("prefix", ""), q.get("delimiter", ""), q.get("marker", "")
        max_keys, url = _max_keys(q), _url_encoding(q)
        page = self.store.list_objects(bucket, prefix, delimiter, marker, max_keys)
        body = xml.list_objects_v1(
            bucket, page, prefix=prefix, delimiter=delimiter, max_keys=max_keys, marker=marker, url=url
        )
        return Response(body=body, is_xml=True)

    def list_versions(self, bucket: str, q: dict[str, str]) -> Response:
        prefix, delimiter = q.get("prefix", ""), q.get("delimiter", "")
        key_marker, version_marker = q.get("key-marker", ""), q.get("version-id-marker", "")
        if version_marker and not key_marker:
            raise err.invalid_argument(
                "A version-id marker cannot be specified without a key marker.", "version-id-marker", version_marker
            )
        max_keys, url = _max_keys(q), _url_encoding(q)
        page = self.store.list_versions(bucket, prefix, delimiter, key_marker, version_marker, max_keys)
        state = self.store.buckets[bucket]
        latest = {v.key: state.versions[v.key][0].version_id for v in page.items if isinstance(v, StoredVersion)}
        body = xml.list_versions(
            bucket,
            page,
            prefix=prefix,
            delimiter=delimiter,
            max_keys=max_keys,
            key_marker=key_marker,
            version_marker=version_marker,
            latest=latest,
            url=url,
        )
        return Response(body=body, is_xml=True)

    # --- objects ---------------------------------------------------------------------
    def _find(self, bucket: str, key: str, q: dict[str, str]) -> StoredVersion:
        version_id = q.get("versionId")
        if version_id == "":
            raise err.invalid_argument("The versionId must not be empty.", "versionId", "")
        version = self.store.get(bucket, key, version_id)
        if version is None:
            if version_id is not None:
                raise err.no_such_version(key, version_id)
            raise err.no_such_key(key)
        if version.is_delete_marker:
            marker = {"x-oss-delete-marker": "true", "x-oss-version-id": version.version_id}
            if version_id is not None:
                raise err.method_not_allowed(marker)
            raise err.no_such_key(key, marker)
        if not version.usable():  # its file left the data directory after the start
            raise _gone(key, version_id)
        return version

    def get_object(self, req: Request, bucket: str, key: str, q: dict[str, str]) -> Response:
        try:
            return self._get_object(req, bucket, key, q)
        except OSError:  # the file went away or changed while it was being answered
            raise _gone(key, q.get("versionId")) from None

    def _get_object(self, req: Request, bucket: str, key: str, q: dict[str, str]) -> Response:
        version = self._find(bucket, key, q)
        headers = object_headers(version)
        if req.method == "GET" and version.storage_class in ARCHIVE_CLASSES and version.restore != "restored":
            raise err.invalid_object_state()
        for name, header in RESPONSE_OVERRIDES.items():
            if name in q:
                headers[header] = q[name]
        standard = req.headers.get("x-oss-range-behavior", "").lower() == "standard"
        span = parse_range(req.headers.get("range"), version.size, standard)
        if span is None and _gzip_wanted(req, version):
            for name in ("ETag", "Accept-Ranges"):
                headers.pop(name)
            headers.update({"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
            body = gzip.compress(version.read()) if req.method == "GET" else b""
            return Response(200, headers, body, chunked=True)
        if span is None:
            headers["Content-Length"] = str(version.size)
            body = version.read() if req.method == "GET" else b""
            return Response(200, headers, body)
        first, last = span
        headers.pop("x-oss-hash-crc64ecma", None)  # the hash is of the whole object
        headers["Content-Range"] = f"bytes {first}-{last}/{version.size}"
        headers["Content-Length"] = str(last - first + 1)
        body = version.read(first, last + 1) if req.method == "GET" else b""
        return Response(206, headers, body)

    def put_object(self, req: Request, bucket: str, key: str) -> Response:
        if len(key.encode("utf-8")) > 1023:
            raise err.SandboxError(400, "InvalidObjectName", "The specified object is not valid.")
        storage_class = req.headers.get("x-oss-storage-class", "Standard")
        version = self.store.put(
            bucket, key, req.body, content_type=req.headers.get("content-type"), storage_class=storage_class
        )
        headers = {"ETag": version.etag, "x-oss-version-id": version.version_id, "Content-MD5": version.content_md5}
        if version.crc64 is not None:
            headers["x-oss-hash-crc64ecma"] = str(version.crc64)
        return Response(200, headers)

    def delete_object(self, bucket: str, key: str, q: dict[str, str]) -> Response:
        version_id = q.get("versionId")
        removed = self.store.delete(bucket, key, version_id)
        headers: dict[str, str] = {}
        if removed is not None:
            headers["x-oss-version-id"] = removed.version_id
            if removed.is_delete_marker:
                headers["x-oss-delete-marker"] = "true"
        elif version_id is not None:
            headers["x-oss-version-id"] = version_id
        return Response(204, headers)


def _gone(key: str, version_id: str | None) -> err.SandboxError:
    return err.no_such_version(key, version_id) if version_id is not None else err.no_such_key(key)


def _check_traffic_limit(req: Request, q: dict[str, str]) -> None:
    raw = req.headers.get("x-oss-traffic-limit", q.get("x-oss-traffic-limit"))
    if raw is None:
        return
    low, high = TRAFFIC_LIMIT_RANGE
    if not (raw.isdigit() and low <= int(raw) <= high):
        raise err.invalid_argument(
            f"x-oss-traffic-limit must be between {low} and {high} bit/s.", "x-oss-traffic-limit", raw
        )


def _gzip_wanted(req: Request, v: StoredVersion) -> bool:
    accepted = {part.split(";")[0].strip().lower() for part in req.headers.get("accept-encoding", "").split(",")}
    kind = v.content_type.split(";")[0].strip().lower()
    return "gzip" in accepted and kind in GZIP_TYPES and v.size >= GZIP_MIN_SIZE


def object_headers(v: StoredVersion) -> dict[str, str]:
    headers = {
        "Content-Type": v.content_type,
        "ETag": v.etag,
        "Last-Modified": http_date(v.last_modified),
        "Accept-Ranges": "bytes",
        "x-oss-object-type": "Normal",
        "x-oss-storage-class": v.storage_class,
        "x-oss-version-id": v.version_id,
        "Content-MD5": v.content_md5,
    }
    if v.crc64 is not None:
        headers["x-oss-hash-crc64ecma"] = str(v.crc64)
    if v.restore == "ongoing":
        headers["x-oss-restore"] = 'ongoing-request="true"'
    elif v.restore == "restored":
        headers["x-oss-restore"] = 'ongoing-request="false", expiry-date="Sun, 31 Dec 2099 00:00:00 GMT"'
    return headers


def _max_keys(q: dict[str, str]) -> int:
    raw = q.get("max-keys")
    if raw is None or raw == "":
        return DEFAULT_MAX_KEYS
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 1 <= value <= MAX_MAX_KEYS:
        raise err.invalid_argument(f"max-keys must be between 1 and {MAX_MAX_KEYS}.", "max-keys", raw)
    return value


def _url_encoding(q: dict[str, str]) -> bool:
    value = q.get("encoding-type")
    if value is None:
        return False
    if value != "url":
        raise err.invalid_argument("The encoding-type must be url.", "encoding-type", value)
    return True


def _encode_token(marker: str) -> str:
    return base64.urlsafe_b64encode(marker.encode("utf-8")).decode()


def _decode_token(token: str) -> str:
    try:
        padded = token.encode("ascii") + b"=" * (-len(token) % 4)
        return base64.b64decode(padded, altchars=b"-_", validate=True).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        raise err.invalid_argument(
            "The continuation token provided is incorrect.", "continuation-token", token
        ) from None
