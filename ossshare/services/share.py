"""The default link for an object and when a link expires: one policy for the CLI, Copy link
and the share dialog.

V4 links live at most 7 days (the core's rule, checked by core.validation); any link made
with an STS token stops working when the token does, so the expiry is capped there and the
caller says why. V1 links have no 7-day limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ..core import DEFAULT_EXPIRES, PresignRequest, PresignResult, SignatureVersion, ValidationError, presign
from ..core.presigning import expiration_of
from ..core.validation import MAX_V4_VALIDITY, check_validity
from .account import Account

FIELD = "expiry"
# The fields an expiry error may name: the dialog's, the core's and the command line's.
EXPIRY_FIELDS = (FIELD, "expiration", "expires")
PRESETS: tuple[timedelta, ...] = (
    DEFAULT_EXPIRES,
    timedelta(hours=1),
    timedelta(hours=8),
    timedelta(days=1),
    MAX_V4_VALIDITY,
)


class Limit(StrEnum):
    V4_SEVEN_DAYS = "v4"  # the OSS V4 rule
    STS_TOKEN = "sts"  # the temporary credentials' own expiry
    NONE_V1 = "v1"  # legacy V1: no upper limit


@dataclass(frozen=True, slots=True)
class ExpiryPlan:
    expiration: datetime  # when the link stops working (aware)
    limit: Limit  # the rule that bounds this link
    latest: datetime | None  # the latest expiry allowed, None for V1 without a token
    capped: bool  # True when the request went past the STS token and was cut to it


@dataclass(frozen=True, slots=True)
class LinkTime:
    """presign()'s expires/expiration for a link, after the STS cap."""

    expires: timedelta | None
    expiration: datetime | None
    token_cap: datetime | None  # the token's expiry when it cut the link short


def default_duration(account: Account) -> timedelta:
    """The profile's default validity, else 15 minutes."""
    seconds = account.default_expires_seconds
    return timedelta(seconds=seconds) if seconds else DEFAULT_EXPIRES


def link_time(
    account: Account, now: datetime, *, expires: timedelta | None = None, expiration: datetime | None = None
) -> LinkTime:
    """`expiration` wins over `expires`; the account's default when neither is given; never past
    the STS token, whatever the signature version."""
    if expires is None and expiration is None:
        expires = default_duration(account)
    cap = account.token_cap(expiration_of(now, expires, expiration))
    if cap is not None:
        return LinkTime(None, cap, cap)
    return LinkTime(expires, expiration, None)


def default_link(
    account: Account, region: str, bucket: str, key: str, *, now: datetime, version_id: str | None = None
) -> PresignResult:
    """'Copy link': a GET link with the account's defaults, on the bucket's own endpoint when the
    profile names one. Pure and fast enough for the GUI thread."""
    timing = link_time(account, now)
    return presign(
        PresignRequest(bucket=bucket, key=key, version_id=version_id),
        credentials=account.credentials,
        region=region,
        endpoint=account.endpoint_for_bucket(region, bucket),
        now=now,
        expires=timing.expires,
        expiration=timing.expiration,
        version=SignatureVersion(account.signature_version or 4),
    )


def plan_expiry(
    now: datetime,
    *,
    duration: timedelta | None = None,
    instant: datetime | None = None,
    v4: bool = True,
    token_expiration: datetime | None = None,
) -> ExpiryPlan:
    """The effective expiry for a duration from `now` or an absolute `instant` (which wins),
    with the rule that bounds it, for a dialog to show."""
    try:
        requested = instant if instant is not None else now + (duration if duration is not None else DEFAULT_EXPIRES)
    except OverflowError:  # e.g. "99999999d": past the year 9999 a datetime cannot count
        raise ValidationError(FIELD, "the expiry is too far in the future: pick a shorter duration") from None
    check_validity(now, requested, v4=v4, field=FIELD)
    if token_expiration is not None and token_expiration <= now:
        raise ValidationError(FIELD, "the STS token has expired: renew the profile's credentials first")
    v4_latest = now + MAX_V4_VALIDITY
    if token_expiration is not None and (not v4 or token_expiration < v4_latest):
        capped = requested > token_expiration
        return ExpiryPlan(min(requested, token_expiration), Limit.STS_TOKEN, token_expiration, capped)
    if v4:
        return ExpiryPlan(requested, Limit.V4_SEVEN_DAYS, v4_latest, False)
    return ExpiryPlan(requested, Limit.NONE_V1, None, False)


def split_remaining(remaining: timedelta) -> tuple[int, int, int, int]:
    """(days, hours, minutes, seconds) left, never negative."""
    total = max(0, int(remaining.total_seconds()))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return days, hours, minutes, seconds
