"""Plain data passed between layers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True, init=False)
class PresignRequest:
    """What a link grants: one object (optionally one version), with optional signed request
    headers the user of the link must send and response header overrides. The defaults are
    __init__'s."""

    bucket: str
    key: str
    method: str
    version_id: str | None
    range_behavior: str | None  # x-oss-range-behavior, e.g. "standard"
    request_payer: str | None  # x-oss-request-payer, e.g. "requester"
    traffic_limit: int | None  # x-oss-traffic-limit in bit/s, a signed header as in the SDK
    # ... or a signed query parameter instead, which OSS also accepts: then a browser can use the link.
    traffic_limit_in_query: bool
    headers: Mapping[str, str]  # any other x-oss-* header
    # Other request headers to sign (e.g. range), named in x-oss-additional-headers (V4 only).
    additional_headers: Mapping[str, str]
    response_cache_control: str | None
    response_content_disposition: str | None
    response_content_encoding: str | None
    response_content_language: str | None
    response_content_type: str | None
    response_expires: str | None
    process: str | None  # x-oss-process, e.g. an image style

    def __init__(
        self,
        bucket: str,
        key: str,
        method: str = "GET",
        version_id: str | None = None,
        range_behavior: str | None = None,
        request_payer: str | None = None,
        traffic_limit: int | None = None,
        traffic_limit_in_query: bool = False,
        headers: Mapping[str, str] = EMPTY,
        additional_headers: Mapping[str, str] = EMPTY,
        response_cache_control: str | None = None,
        response_content_disposition: str | None = None,
        response_content_encoding: str | None = None,
        response_content_language: str | None = None,
        response_content_type: str | None = None,
        response_expires: str | None = None,
        process: str | None = None,
    ) -> None:
        # One request is made per link: its fields go in as one dict (1.4 us) rather than
        # through the frozen dataclass's object.__setattr__ per field (3.7 us, with slots too).
        object.__setattr__(self, "__dict__", {
            "bucket": bucket,
            "key": key,
            "method": method,
            "version_id": version_id,
            "range_behavior": range_behavior,
            "request_payer": request_payer,
            "traffic_limit": traffic_limit,
            "traffic_limit_in_query": traffic_limit_in_query,
            "headers": headers if headers is EMPTY else _frozen(headers),
            "additional_headers": additional_headers if additional_headers is EMPTY else _frozen(additional_headers),
            "response_cache_control": response_cache_control,
            "response_content_disposition": response_content_disposition,
            "response_content_encoding": response_content_encoding,
            "response_content_language": response_content_language,
            "response_content_type": response_content_type,
            "response_expires": response_expires,
            "process": process,
        })


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
