"""When a link expires and what limits it (no Qt here: the rules are tested on their own).

V4 links live at most 7 days; any link made with an STS token stops working when the token
does, so the expiry is capped there and the dialog says why. V1 links have no 7-day limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from ...core import ValidationError
from ...core.validation import MAX_V4_VALIDITY

FIELD = "expiry"
PRESETS: tuple[timedelta, ...] = (
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=8),
    timedelta(days=1),
    timedelta(days=7),
)
DEFAULT_PRESET = PRESETS[0]


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


def plan_expiry(
    now: datetime,
    *,
    duration: timedelta | None = None,
    instant: datetime | None = None,
    v4: bool = True,
    token_expiration: datetime | None = None,
) -> ExpiryPlan:
    """The effective expiry for a duration from `now` or an absolute `instant` (which wins)."""
    try:
        requested = instant if instant is not None else now + (duration if duration is not None else DEFAULT_PRESET)
    except OverflowError:  # e.g. "99999999d": past the year 9999 a datetime cannot count
        raise ValidationError(FIELD, "the expiry is too far in the future: pick a shorter duration") from None
    if requested <= now:
        raise ValidationError(FIELD, "the link would already have expired: pick a time in the future")
    if token_expiration is not None and token_expiration <= now:
        raise ValidationError(FIELD, "the STS token has expired: renew the profile's credentials first")
    v4_latest = now + MAX_V4_VALIDITY
    if v4 and requested > v4_latest:
        raise ValidationError(
            FIELD, "a V4 signed link is valid for at most 7 days (604,800 seconds): pick a shorter expiry"
        )
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
