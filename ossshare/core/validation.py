"""Input rules, each failing with a ValidationError that names the field and the rule.

The rules follow what OSS itself refuses, so a bad input is caught before a link is made
that could never work.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from .errors import ValidationError
from .visible import clip

MAX_V4_VALIDITY = timedelta(days=7)  # 604,800 s: the OSS V4 presign limit
MAX_CLOCK_SKEW = timedelta(minutes=15)  # OSS refuses a request signed further than this off its clock
_ONE_SECOND = timedelta(seconds=1)
MAX_KEY_BYTES = 1023
# OSS single-connection traffic limit, in bit/s: 100 KB/s to 100 MB/s.
MIN_TRAFFIC_LIMIT = 819_200
MAX_TRAFFIC_LIMIT = 838_860_800

_REGION_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_REGION_CHARS = 64  # the longest real ids (cn-shanghai-finance-1 and the like) are near 25
_BUCKET_RE = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
# RFC 9110 token characters; header names are compared lower-case.
_TOKEN_RE = re.compile(r"[!#$%&'*+.^_`|~0-9a-z-]+")
# Any C0 control or DEL, except horizontal tab which HTTP allows inside a value.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_VISIBLE_ASCII_RE = re.compile(r"[\x21-\x7e]+")
# Instants a link can name: V1's Expires is Unix time (nothing before 1970) and V4's
# x-oss-date has a four-digit year; Python's datetime itself ends at 9999.
EARLIEST_INSTANT = datetime(1970, 1, 1, tzinfo=UTC)
LATEST_INSTANT = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
TOO_FAR = "reaches too far in the future: no link can last past the year 9999"
# x-oss-process styles are short (the longest are watermark chains); this leaves room and
# keeps the URL well under the 8 KB request line that HTTP servers commonly accept.
MAX_PROCESS_CHARS = 4096


@lru_cache(maxsize=256)
def check_region(region: str, field: str = "region") -> str:
    if not region:
        raise ValidationError(field, "a region is required, for example cn-hangzhou")
    if len(region) > MAX_REGION_CHARS:
        raise ValidationError(
            field, f"a region id has at most {MAX_REGION_CHARS} characters (this one has {len(region):,})"
        )
    if not _REGION_RE.fullmatch(region):
        raise ValidationError(
            field,
            f"'{region}' is not a region id: use lower-case letters, digits and hyphens, "
            "for example cn-hangzhou",
        )
    return region


@lru_cache(maxsize=1024)
def check_bucket(bucket: str, field: str = "bucket") -> str:
    if not bucket:
        raise ValidationError(field, "a bucket name is required")
    if not _BUCKET_RE.fullmatch(bucket):
        raise ValidationError(
            field,
            f"'{bucket}' is not a valid bucket name: 3 to 63 characters, lower-case letters, "
            "digits and hyphens, not starting or ending with a hyphen",
        )
    return bucket


def check_key(key: str, field: str = "key") -> str:
    if not key:
        raise ValidationError(field, "an object key is required")
    if key[0] in "/\\":
        raise ValidationError(field, "an object key must not start with '/' or '\\'")
    if key.isascii():  # one byte a character: no need to encode it to count
        size = len(key)
    else:
        try:
            size = len(key.encode("utf-8"))
        except UnicodeEncodeError:
            raise ValidationError(field, "the object key is not valid Unicode text") from None
    if size > MAX_KEY_BYTES:
        raise ValidationError(
            field, f"an object key may be at most {MAX_KEY_BYTES} bytes in UTF-8 (this one is {size})"
        )
    return key


def check_text(value: str, field: str) -> str:
    """A value that travels in a header or a query: printable, encodable, no CR/LF."""
    if _CONTROL_RE.search(value):
        raise ValidationError(field, "must not contain line breaks or other control characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(field, "is not valid Unicode text") from None
    return value


def check_header(name: str, value: str) -> tuple[str, str]:
    """A signed request header: an `x-oss-*` name and a single-line value. Returns it lower-cased."""
    lname = name.strip().lower()
    if not lname.startswith("x-oss-") or len(lname) == len("x-oss-"):
        raise ValidationError(
            f"header '{clip(name)}'", "only x-oss-* request headers can be signed into a link"
        )
    if not _TOKEN_RE.fullmatch(lname):
        raise ValidationError(
            f"header '{clip(name)}'", "a header name may only hold letters, digits and -_.!#$%&'*+^`|~"
        )
    _check_no_underscore(lname, f"header '{clip(name)}'")
    if lname in _RESERVED_HEADERS:
        raise ValidationError(f"header '{clip(name)}'", "is set by the signature itself")
    check_header_value(value, f"header {lname}")
    if lname == "x-oss-traffic-limit":
        check_traffic_limit_text(value, f"header {lname}")
    return lname, value


def _check_no_underscore(lname: str, field: str) -> None:
    # A valid HTTP token, but OSS refuses such names, and proxies often drop them.
    if "_" in lname:
        raise ValidationError(field, "must not contain '_' (OSS refuses header names with underscores; use '-')")


def check_header_value(value: str, field: str) -> str:
    """A value whoever uses the link can send byte for byte: HTTP drops blanks at its ends,
    and clients encode characters beyond ASCII differently (curl sends UTF-8, Python's
    http.client Latin-1), so either would make the signature fail."""
    check_text(value, field)
    if not value:
        raise ValidationError(field, "a signed header needs a value")
    if value != value.strip(" \t"):
        raise ValidationError(
            field, "must not start or end with spaces (HTTP drops them, so the signature would not match)"
        )
    if not value.isascii():
        raise ValidationError(field, "must be plain ASCII: HTTP clients send other characters differently")
    return value


def check_additional_header(name: str, value: str) -> tuple[str, str]:
    """A non-x-oss header signed into a V4 link (listed in x-oss-additional-headers)."""
    lname = name.strip().lower()
    field = f"additional header '{clip(name)}'"
    if not lname or not _TOKEN_RE.fullmatch(lname):
        raise ValidationError(field, "a header name may only hold letters, digits and -_.!#$%&'*+^`|~")
    _check_no_underscore(lname, field)
    if lname.startswith("x-oss-") or lname in ("content-type", "content-md5"):
        raise ValidationError(field, "is always signed: give it as a signed header instead")
    if lname in ("host", "authorization", "date"):
        raise ValidationError(field, "cannot be signed into a link")
    check_header_value(value, f"additional header {lname}")
    return lname, value


_RESERVED_HEADERS = frozenset(
    {"x-oss-date", "x-oss-content-sha256", "x-oss-security-token", "x-oss-signature"}
)


def check_aware(moment: datetime, field: str) -> datetime:
    """A date and time with a time zone, from 1970 to the end of 9999 in UTC."""
    if moment.utcoffset() is None:
        raise ValidationError(
            field, "a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)"
        )
    # Aware datetimes compare as instants whatever their zones, with no conversion that could
    # overflow (9999-12-31T23:00-14:00 is in the year 10000 in UTC).
    if not EARLIEST_INSTANT <= moment <= LATEST_INSTANT:
        raise ValidationError(field, "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z")
    return moment


def check_validity(
    now: datetime, expiration: datetime, *, v4: bool, field: str = "expiration"
) -> int:
    """Seconds from `now` to `expiration`, checked against the rules. Both must be aware."""
    left = expiration - now
    if left < _ONE_SECOND:
        raise ValidationError(field, "the link would already have expired: pick a time in the future")
    if v4 and left > MAX_V4_VALIDITY:
        raise ValidationError(
            field,
            "a V4 signed link is valid for at most 7 days (604,800 seconds); "
            "pick a shorter expiry",
        )
    return left.days * 86_400 + left.seconds  # whole seconds, exactly (no float)


def check_traffic_limit(limit: int, field: str = "traffic limit") -> int:
    if not MIN_TRAFFIC_LIMIT <= limit <= MAX_TRAFFIC_LIMIT:
        raise ValidationError(
            field,
            f"must be between {MIN_TRAFFIC_LIMIT:,} and {MAX_TRAFFIC_LIMIT:,} bit/s "
            "(100 KB/s to 100 MB/s)",
        )
    return limit


def check_traffic_limit_text(value: str, field: str = "traffic limit") -> int:
    """A traffic limit as typed or sent in a header: decimal digits, then the range check."""
    # Bounded before int(): the range needs 9 digits, and int() of thousands of digits fails.
    if not (value.isascii() and value.isdigit()) or len(value) > 12:
        raise ValidationError(field, "must be a whole number of bit/s, for example 819200")
    return check_traffic_limit(int(value), field)


def check_process(value: str, field: str = "x-oss-process") -> str:
    """An x-oss-process value (e.g. image/resize,w_100): one line of text of bounded length."""
    if not value:
        raise ValidationError(field, "must not be empty (leave it out to get the object as stored)")
    if len(value) > MAX_PROCESS_CHARS:
        raise ValidationError(field, f"may be at most {MAX_PROCESS_CHARS:,} characters (this one has {len(value):,})")
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise ValidationError(field, "must not contain tabs, line breaks or other control characters")
    return check_text(value, field)


def check_credentials(access_key_id: str, secret: str, token: str | None) -> None:
    if not access_key_id:
        raise ValidationError("AccessKey ID", "is required")
    if not _TOKEN_RE.fullmatch(access_key_id.lower()):
        raise ValidationError("AccessKey ID", "must not contain spaces, slashes or control characters")
    if not secret:
        raise ValidationError("AccessKey secret", "is required")
    # The secret is never echoed back, not even in an error message.
    if _CONTROL_RE.search(secret) or secret != secret.strip():
        raise ValidationError(
            "AccessKey secret", "contains spaces at its ends or control characters (was it pasted whole?)"
        )
    if token is not None and (not token or _CONTROL_RE.search(token)):
        raise ValidationError("security token", "must be non-empty and hold no control characters")
    # It travels as a header value too: anything but visible ASCII cannot be sent (http.client
    # would fail with an error that quotes part of it), and no STS token holds such characters.
    if token is not None and not _VISIBLE_ASCII_RE.fullmatch(token):
        raise ValidationError(
            "security token", "may only hold visible ASCII characters, no spaces (was it pasted whole?)"
        )
