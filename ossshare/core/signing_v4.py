"""OSS Signature Version 4 (OSS4-HMAC-SHA256): the canonical request, the string to sign,
the signing key and the signature, shared by presigned URLs, header authentication and the
sandbox that verifies both. Pure functions; the time is always an argument.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import _Hash
from hashlib import sha256

from .percent import encode_path

ALGORITHM = "OSS4-HMAC-SHA256"
PRODUCT = "oss"
UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD"


def is_default_signed(name: str) -> bool:
    """Headers always in the signature when present (lower-case name)."""
    return name.startswith("x-oss-") or name in ("content-type", "content-md5")


def timestamp(now: datetime) -> str:
    """`YYYYMMDDTHHMMSSZ` in UTC; `now` must be timezone-aware."""
    return _second_stamp((now - _EPOCH) // _SECOND)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=16)
def _second_stamp(second: int) -> str:
    # strftime costs more than signing a link: cached by the whole second since the epoch, a
    # batch shares one stamp, and so do clock readings within one second.
    return (_EPOCH + timedelta(seconds=second)).strftime("%Y%m%dT%H%M%SZ")


def scope(date: str, region: str, product: str = PRODUCT) -> str:
    return f"{date}/{region}/{product}/aliyun_v4_request"


@lru_cache(maxsize=64)
def signing_key(secret: str, date: str, region: str, product: str = PRODUCT) -> bytes:
    """Derived once per (secret, day, region): signing many links costs one HMAC each."""
    k = hmac.new(("aliyun_v4" + secret).encode(), date.encode(), sha256).digest()
    k = hmac.new(k, region.encode(), sha256).digest()
    k = hmac.new(k, product.encode(), sha256).digest()
    return hmac.new(k, b"aliyun_v4_request", sha256).digest()


_encode_bucket = lru_cache(maxsize=256)(encode_path)  # bucket names repeat; keys rarely do


def canonical_uri(bucket: str | None, key: str | None, *, encoded_key: str | None = None) -> str:
    """Always /bucket/key, whatever the addressing style of the URL."""
    uri = "/"
    if bucket is not None:
        uri += _encode_bucket(bucket) + "/"
    if encoded_key is not None:
        uri += encoded_key
    elif key is not None:
        uri += encode_path(key)
    return uri


def canonical_query(encoded_pairs: Iterable[tuple[str, str]]) -> str:
    """Pairs already percent-encoded, sorted; a pair with an empty value is written as the key alone."""
    return "&".join([f"{k}={v}" if v else k for k, v in sorted(encoded_pairs)])


def canonical_headers(headers: Mapping[str, str], additional: Iterable[str] = ()) -> str:
    """`name:value\\n` for each signed header (lower-case name, value as sent), sorted."""
    if not headers:
        return ""
    extra = set(additional)
    picked = sorted(
        [(lk, v) for lk, v in ((k.lower(), v) for k, v in headers.items()) if is_default_signed(lk) or lk in extra]
    )
    return "".join([f"{k}:{v}\n" for k, v in picked])


def canonical_request(
    method: str,
    bucket: str | None,
    key: str | None,
    encoded_query: Iterable[tuple[str, str]],
    headers: Mapping[str, str],
    additional_headers: Iterable[str] = (),
    payload_hash: str = UNSIGNED_PAYLOAD,
    *,
    encoded_key: str | None = None,
) -> str:
    additional = sorted(additional_headers) if additional_headers else []
    uri = canonical_uri(bucket, key, encoded_key=encoded_key)
    query = canonical_query(encoded_query)
    signed = canonical_headers(headers, additional)
    return f"{method}\n{uri}\n{query}\n{signed}\n{';'.join(additional)}\n{payload_hash}"


def string_to_sign(stamp: str, scope_: str, canonical_request_: str) -> str:
    digest = sha256(canonical_request_.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{stamp}\n{scope_}\n{digest}"


@lru_cache(maxsize=64)
def hmac_pads(secret: str, date: str, region: str, product: str = PRODUCT) -> tuple[_Hash, _Hash]:
    """SHA-256 states already fed with the signing key's inner and outer pads (RFC 2104):
    each signature then costs two state copies instead of a full HMAC set-up."""
    key = signing_key(secret, date, region, product)  # 32 bytes, shorter than the 64-byte block
    block = key.ljust(64, b"\0")
    return sha256(bytes(b ^ 0x36 for b in block)), sha256(bytes(b ^ 0x5C for b in block))


def signature(secret: str, date: str, region: str, string_to_sign_: str, product: str = PRODUCT) -> str:
    """Hex HMAC-SHA256 of the string to sign under the derived signing key."""
    inner, outer = hmac_pads(secret, date, region, product)
    inner = inner.copy()
    inner.update(string_to_sign_.encode("utf-8"))
    outer = outer.copy()
    outer.update(inner.digest())
    return outer.hexdigest()


def additional_header_names(headers: Mapping[str, str], names: Iterable[str]) -> list[str]:
    """The extra (non x-oss-*) header names that are present with a value, sorted, lower-case."""
    present = {k.lower() for k, v in headers.items() if v}
    return sorted({n.lower() for n in names if not is_default_signed(n.lower()) and n.lower() in present})
