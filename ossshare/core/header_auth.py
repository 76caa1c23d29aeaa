"""V4 header authentication (`Authorization: OSS4-HMAC-SHA256 ...`) for API calls such as listing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from . import signing_v4 as v4
from .credentials import Credentials
from .endpoint import Endpoint
from .percent import encode
from .validation import check_aware, check_region


@dataclass(frozen=True, slots=True)
class SignedRequest:
    method: str
    url: str  # query already percent-encoded: send it as is
    headers: dict[str, str]

    def __repr__(self) -> str:
        """The signature and the STS token stay out: a repr ends up in logs and test reports."""
        shown = {}
        for name, value in self.headers.items():
            if name.lower() == "x-oss-security-token":
                value = "REDACTED"
            elif name.lower() == "authorization":
                value = (
                    re.sub(r"Signature=[^,\s]*", "Signature=REDACTED", value) if "Signature=" in value else "REDACTED"
                )
            shown[name] = value
        return f"SignedRequest(method={self.method!r}, url={self.url!r}, headers={shown!r})"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def http_date(now: datetime) -> str:
    """RFC 7231 IMF-fixdate (`Sat, 28 Nov 2026 09:30:15 GMT`), independent of the locale."""
    t = now.astimezone(UTC)
    return f"{_DAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1]} {t.year:04d} {t:%H:%M:%S} GMT"


def encode_query(query: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(encode(k), encode(v)) for k, v in query]


def sign_request(
    method: str,
    *,
    endpoint: Endpoint,
    bucket: str | None,
    key: str | None,
    query: Iterable[tuple[str, str]] = (),
    headers: Mapping[str, str] | None = None,
    credentials: Credentials,
    region: str,
    now: datetime,
    additional_headers: Iterable[str] = (),
) -> SignedRequest:
    """Sign one API request as of `now`. `query` is unencoded (name, value) pairs; a
    sub-resource without value (e.g. `versions`) is given as (name, "")."""
    check_region(region)
    check_aware(now, "signing time")
    out = dict(headers or {})
    stamp = v4.timestamp(now)
    out["x-oss-date"] = stamp
    out["Date"] = http_date(now)
    if credentials.security_token:
        out["x-oss-security-token"] = credentials.security_token
    out["x-oss-content-sha256"] = v4.UNSIGNED_PAYLOAD
    pairs = encode_query(query)
    additional = v4.additional_header_names(out, additional_headers)
    scope = v4.scope(stamp[:8], region)
    canonical = v4.canonical_request(method, bucket, key, pairs, out, additional)
    sig = v4.signature(credentials.access_key_secret, stamp[:8], region, v4.string_to_sign(stamp, scope, canonical))
    auth = f"{v4.ALGORITHM} Credential={credentials.access_key_id}/{scope}"
    if additional:
        auth += f",AdditionalHeaders={';'.join(additional)}"
    out["Authorization"] = f"{auth},Signature={sig}"
    url = endpoint.url_for(bucket, key)
    if pairs:
        url += "?" + "&".join(f"{k}={v}" for k, v in pairs)
    return SignedRequest(method=method, url=url, headers=out)
