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


@dataclass(frozen=True, slots=True)
class PresignResult:
    """As the SDK's PresignResult: `signed_headers` must be sent by whoever uses the URL."""

    method: str
    url: str
    expiration: datetime
    signed_headers: Mapping[str, str]

    def __post_init__(self) -> None:
        object.__setattr__(self, "signed_headers", _frozen(self.signed_headers))

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
