"""Presigned object URLs, V4 (default) and V1 (legacy), exactly as alibabacloud-oss-v2 makes them."""

from __future__ import annotations

import base64
import hmac
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from hashlib import sha1, sha256
from operator import attrgetter
from types import MappingProxyType

from . import signing_v4 as v4
from .credentials import Credentials
from .endpoint import Endpoint
from .errors import ValidationError
from .percent import encode, encode_path
from .types import DEFAULT_EXPIRES, PresignRequest, PresignResult, SignatureVersion
from .validation import (
    TOO_FAR,
    check_additional_header,
    check_aware,
    check_bucket,
    check_header,
    check_header_value,
    check_key,
    check_process,
    check_region,
    check_text,
    check_traffic_limit,
    check_validity,
)

# Query parameters in the order the SDK writes them (the signature does not depend on it).
_RESPONSE_PARAMS = (
    ("response_cache_control", "response-cache-control"),
    ("response_content_disposition", "response-content-disposition"),
    ("response_content_encoding", "response-content-encoding"),
    ("response_content_language", "response-content-language"),
    ("response_content_type", "response-content-type"),
    ("response_expires", "response-expires"),
)
_overrides_of = attrgetter(*(attr for attr, _ in _RESPONSE_PARAMS))
METHODS = ("GET", "HEAD")


def expiration_of(
    now: datetime, expires: timedelta | None = None, expiration: datetime | None = None
) -> datetime:
    """`expiration` (absolute) wins over `expires` (duration); 15 minutes when neither is given."""
    check_aware(now, "signing time")
    if expiration is not None:
        return check_aware(expiration, "expiration")
    duration = expires if expires is not None else DEFAULT_EXPIRES
    try:
        return check_aware(now + duration, "expires")
    except OverflowError:  # beyond datetime's own range, either way
        if duration < timedelta(0):
            raise ValidationError("expires", "must be at least one second") from None
        raise ValidationError("expires", TOO_FAR) from None


def request_parts(request: PresignRequest) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Validated (query name, value) pairs, unencoded, and signed headers (lower-case names,
    additional headers included)."""
    check_bucket(request.bucket)
    check_key(request.key)
    if request.method not in METHODS:
        raise ValidationError("method", f"must be one of {', '.join(METHODS)}")
    headers = _signed_headers(request)
    return _query_pairs(request), headers


def _signed_headers(request: PresignRequest) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in request.headers.items():
        lname, value = check_header(name, value)
        if lname in headers:
            raise ValidationError(f"header {lname}", "is given twice")
        headers[lname] = value
    if headers or request.traffic_limit_in_query:  # nothing to clash with otherwise
        _check_own_fields(request, headers)
    if request.range_behavior:
        headers["x-oss-range-behavior"] = check_header_value(request.range_behavior, "range behavior")
    if request.traffic_limit is not None and not request.traffic_limit_in_query:
        headers["x-oss-traffic-limit"] = str(check_traffic_limit(request.traffic_limit))
    if request.request_payer:
        headers["x-oss-request-payer"] = check_header_value(request.request_payer, "request payer")
    for name, value in request.additional_headers.items():
        lname, value = check_additional_header(name, value)
        if lname in headers:
            raise ValidationError(f"additional header {lname}", "is given twice")
        headers[lname] = value
    return headers


def _query_pairs(request: PresignRequest) -> list[tuple[str, str]]:
    query: list[tuple[str, str]] = []
    overrides = _overrides_of(request)
    if any(overrides):
        for (_, name), value in zip(_RESPONSE_PARAMS, overrides, strict=True):
            if value:
                query.append((name, check_text(value, name)))
    if request.version_id is not None:
        if not request.version_id:
            raise ValidationError("version id", "must not be empty (leave it out for the latest version)")
        query.append(("versionId", check_text(request.version_id, "version id")))
    if request.process is not None:
        query.append(("x-oss-process", check_process(request.process)))
    if request.traffic_limit is not None and request.traffic_limit_in_query:
        query.append(("x-oss-traffic-limit", str(check_traffic_limit(request.traffic_limit))))
    return query


def _check_own_fields(request: PresignRequest, headers: dict[str, str]) -> None:
    """Signed headers that have a field of their own are refused as plain headers too, as
    silently keeping one of the two values would sign something the user did not ask for."""
    if "x-oss-traffic-limit" in headers and request.traffic_limit_in_query:
        raise ValidationError(
            "traffic limit",
            "cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once",
        )
    if request.traffic_limit_in_query and request.traffic_limit is None:
        raise ValidationError("traffic limit in query", "needs a traffic limit (bit/s) to put in the query")
    own = (
        ("x-oss-range-behavior", "range behavior", bool(request.range_behavior)),
        ("x-oss-request-payer", "request payer", bool(request.request_payer)),
        ("x-oss-traffic-limit", "traffic limit", request.traffic_limit is not None),
    )
    for name, field_, given in own:
        if given and name in headers:
            raise ValidationError(field_, f"is given twice, also as header {name}: give it once")


def presign(
    request: PresignRequest,
    *,
    credentials: Credentials,
    region: str,
    endpoint: Endpoint,
    now: datetime,
    expires: timedelta | None = None,
    expiration: datetime | None = None,
    version: SignatureVersion = SignatureVersion.V4,
) -> PresignResult:
    """Sign `request` as of `now`. Raises ValidationError for anything OSS would refuse."""
    expire_at = expiration_of(now, expires, expiration)
    query, headers = request_parts(request)
    if version is SignatureVersion.V1:
        return _presign_v1(request, query, headers, credentials, endpoint, now, expire_at)
    form = v4_form(
        request.method, request.bucket, query, headers, credentials=credentials, region=region,
        endpoint=endpoint, now=now, expiration=expire_at,
    )
    return form.link(request.key, expire_at)


class V4Form:
    """A V4 link less its key: the canonical request, the string to sign and the URL around
    the encoded key, and the HMAC states. A link then costs one SHA-256 and one HMAC."""

    __slots__ = (
        "method", "signed_headers", "_canonical_head", "_canonical_tail", "_sts_head", "_inner", "_outer",
        "_url_head", "_url_tail",
    )

    def __init__(
        self,
        method: str,
        bucket: str,
        url_head: str,
        query: tuple[tuple[str, str], ...],
        headers: tuple[tuple[str, str], ...],
        credentials: Credentials,
        region: str,
        stamp: str,
        seconds: int,
    ) -> None:
        self.method = method
        self.signed_headers: Mapping[str, str] = MappingProxyType(dict(headers))  # forms are shared
        date = stamp[:8]
        scope = v4.scope(date, region)
        # Written in the SDK's order; the auth pairs are listed here already in sorted order.
        user = [(encode(k), encode(v)) for k, v in query]
        auth = [
            ("x-oss-credential", _credential(credentials.access_key_id, scope)),
            ("x-oss-date", stamp),
            ("x-oss-expires", str(seconds)),
        ]
        if credentials.security_token:
            auth.append(("x-oss-security-token", _token(credentials.security_token)))
        # Only additional headers are signed without being signed by default (validated names).
        additional = sorted(k for k in self.signed_headers if not v4.is_default_signed(k))
        if additional:
            auth.append(("x-oss-additional-headers", encode(";".join(additional))))
        auth.append(("x-oss-signature-version", v4.ALGORITHM))
        # The canonical request is head + encoded key + tail: split it around an empty key.
        canonical = v4.canonical_request(  # it sorts the pairs itself
            method, bucket, None, user + auth, self.signed_headers, additional, encoded_key=""
        )
        split = canonical.index("\n", len(method) + 1)
        self._canonical_head, self._canonical_tail = canonical[:split], canonical[split:]
        self._sts_head = f"{v4.ALGORITHM}\n{stamp}\n{scope}\n"
        self._inner, self._outer = v4.hmac_pads(credentials.access_key_secret, date, region)
        ordered = user + [auth[-1], auth[1], auth[2], auth[0], *auth[3:-1]]
        self._url_head = url_head
        self._url_tail = "?" + "".join([f"{k}={v}&" if v else f"{k}&" for k, v in ordered]) + "x-oss-signature="

    def link(self, key: str, expiration: datetime) -> PresignResult:
        """The link for `key` (already checked); `expiration` is the instant the form was made for."""
        path = encode_path(key)
        digest = sha256((self._canonical_head + path + self._canonical_tail).encode()).hexdigest()
        inner = self._inner.copy()
        inner.update((self._sts_head + digest).encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        url = self._url_head + path + self._url_tail + outer.hexdigest()
        return PresignResult(self.method, url, expiration, self.signed_headers)


# Each new second makes a new form; the credential changes once a day, a token when renewed.
@lru_cache(maxsize=16)
def _credential(access_key_id: str, scope: str) -> str:
    return encode(f"{access_key_id}/{scope}")


@lru_cache(maxsize=4)
def _token(security_token: str) -> str:
    return encode(security_token)


# A form depends on strings, an int and the credentials only: equal arguments, the same links.
_v4_form = lru_cache(maxsize=32)(V4Form)


def v4_form(
    method: str,
    bucket: str,
    query: list[tuple[str, str]],
    headers: dict[str, str],
    *,
    credentials: Credentials,
    region: str,
    endpoint: Endpoint,
    now: datetime,
    expiration: datetime,
) -> V4Form:
    """The form for links of `bucket` with the parts request_parts validated, signed at `now`
    to last until `expiration`. Links signed within one second, for as long and with the same
    options, share one."""
    check_region(region)
    seconds = check_validity(now, expiration, v4=True)
    url_head = endpoint.url_for(bucket, None, encoded_key="")
    return _v4_form(
        method, bucket, url_head, tuple(query), tuple(headers.items()), credentials, region, v4.timestamp(now),
        seconds,
    )


# Query parameters V1 puts in the string to sign (its "sub-resources"): alibabacloud-oss-v2's
# list, plus x-oss-process and x-oss-traffic-limit, which OSS's V1 documentation, oss2 and the
# Java and Go SDKs sign too. The V2 SDK's V1 signer omits x-oss-process, so OSS refuses its V1
# links with an image style; it only ever sends the traffic limit as a header.
V1_SUBRESOURCES = frozenset((
    "acl", "bucketInfo", "location", "stat", "delete", "append", "tagging", "objectMeta", "uploads", "uploadId",
    "partNumber", "security-token", "position", "response-content-type", "response-content-language",
    "response-expires", "response-cache-control", "response-content-disposition", "response-content-encoding",
    "restore", "callback", "callback-var", "versions", "versioning", "versionId", "sequential",
    "continuation-token", "regionList", "cloudboxes", "symlink", "resourceGroup", "x-oss-process",
    "x-oss-traffic-limit",
))


def v1_string_to_sign(
    method: str,
    date_or_expires: str,
    bucket: str | None,
    key: str | None,
    query: list[tuple[str, str]],
    headers: dict[str, str],
    content_md5: str = "",
    content_type: str = "",
) -> str:
    """V1's string to sign; `query` and `headers` unencoded, header names lower-case."""
    resource = "/"
    if bucket is not None:
        resource += bucket + "/"
    if key is not None:
        resource += key
    sub = sorted((k, v) for k, v in query if k in V1_SUBRESOURCES)
    if sub:
        resource += "?" + "&".join(f"{k}={v}" if v else k for k, v in sub)
    oss_headers = "".join(f"{k}:{v}\n" for k, v in sorted(headers.items()) if k.startswith("x-oss-"))
    return f"{method}\n{content_md5}\n{content_type}\n{date_or_expires}\n{oss_headers}{resource}"


def v1_signature(secret: str, string_to_sign: str) -> str:
    return base64.b64encode(hmac.new(secret.encode(), string_to_sign.encode(), sha1).digest()).decode()


def _presign_v1(
    request: PresignRequest,
    query: list[tuple[str, str]],
    headers: dict[str, str],
    credentials: Credentials,
    endpoint: Endpoint,
    now: datetime,
    expire_at: datetime,
) -> PresignResult:
    if request.additional_headers:
        raise ValidationError("additional headers", "only V4 links can sign headers other than x-oss-*")
    check_validity(now, expire_at, v4=False)
    expires = str(int(expire_at.astimezone(UTC).timestamp()))
    signed_query = list(query)
    pairs = [(encode(k), encode(v)) for k, v in query]
    pairs += [("OSSAccessKeyId", encode(credentials.access_key_id)), ("Expires", expires)]
    if credentials.security_token:
        pairs.append(("security-token", encode(credentials.security_token)))
        signed_query.append(("security-token", credentials.security_token))
    sts = v1_string_to_sign(request.method, expires, request.bucket, request.key, signed_query, headers)
    pairs.append(("Signature", encode(v1_signature(credentials.access_key_secret, sts))))
    url = endpoint.url_for(request.bucket, request.key) + "?" + "&".join(f"{k}={v}" if v else k for k, v in pairs)
    return PresignResult(method=request.method, url=url, expiration=expire_at, signed_headers=headers)
