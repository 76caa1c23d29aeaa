"""Plain data passed between layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from types import MappingProxyType

from .redact import redact_url

DEFAULT_EXPIRES = timedelta(minutes=15)


class SignatureVersion(IntEnum):
    V1 = 1  # HMAC-SHA1, legacy endpoints only; no 7-day limit
    V4 = 4  # OSS4-HMAC-SHA256, the default


EMPTY: Mapping[str, str] = MappingProxyType({})
def _frozen(mapping: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping)) if mapping else EMPTY


@dataclass(frozen=True, slots=True)
class PresignRequest:
    """What a link grants: one object (optionally one version), with optional signed request
    headers the user of the link must send and response header overrides."""

    bucket: str
    key: str
    method: str = "GET"
    version_id: str | None = None
    range_behavior: str | None = None  # x-oss-range-behavior, e.g. "standard"
    request_payer: str | None = None  # x-oss-request-payer, e.g. "requester"
    traffic_limit: int | None = None  # x-oss-traffic-limit in bit/s, a signed header as in the SDK
    # ... or a signed query parameter instead, which OSS also accepts: then a browser can use the link.
    traffic_limit_in_query: bool = False
    headers: Mapping[str, str] = field(default_factory=lambda: EMPTY)  # any other x-oss-* header
    # Other request headers to sign (e.g. range), named in x-oss-additional-headers (V4 only).
    additional_headers: Mapping[str, str] = field(default_factory=lambda: EMPTY)
    response_cache_control: str | None = None
    response_content_disposition: str | None = None
    response_content_encoding: str | None = None
    response_content_language: str | None = None
    response_content_type: str | None = None
    response_expires: str | None = None
    process: str | None = None  # x-oss-process, e.g. an image style

    def __post_init__(self) -> None:
        if self.headers is not EMPTY:
            object.__setattr__(self, "headers", _frozen(self.headers))
        if self.additional_headers is not EMPTY:
            object.__setattr__(self, "additional_headers", _frozen(self.additional_headers))


@dataclass(frozen=True, slots=True, init=False)
class PresignResult:
    """As the SDK's PresignResult: `signed_headers` must be sent by whoever uses the URL."""

    method: str
    url: str
    expiration: datetime
    signed_headers: Mapping[str, str]

    def __init__(self, method: str, url: str, expiration: datetime, signed_headers: Mapping[str, str]) -> None:
        # Frozen, so set through the slots' descriptors: half the cost of object.__setattr__
        # per field, and a batch makes one result per link.
        _set_method(self, method)
        _set_url(self, url)
        _set_expiration(self, expiration)
        _set_signed_headers(self, _frozen(signed_headers))

    def __repr__(self) -> str:
        # A repr ends up in logs and test reports: the signature and token show as REDACTED.
        return (
            f"PresignResult(method={self.method!r}, url={redact_url(self.url)!r}, "
            f"expiration={self.expiration!r}, signed_headers={dict(self.signed_headers)!r})"
        )

    @property
    def needs_headers(self) -> bool:
        """A browser or a phone cannot send headers: such a link only works from curl or code."""
        return bool(self.signed_headers)


_set_method, _set_url, _set_expiration, _set_signed_headers = (
    vars(PresignResult)[name].__set__ for name in ("method", "url", "expiration", "signed_headers")
)
