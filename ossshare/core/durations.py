"""Durations and instants as people type them: `900`, `15m`, `1h30m`, `7d`, ISO 8601."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .errors import ValidationError
from .validation import EARLIEST_INSTANT, LATEST_INSTANT, TOO_FAR, check_aware
from .visible import clip

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PART_RE = re.compile(r"([0-9]+)\s*([smhdw])")  # ASCII digits: int() would take other scripts' too
# No link outlives the last instant we can name, so a longer duration is refused as typed
# (and timedelta itself ends near 2.7 million years).
MAX_DURATION = LATEST_INSTANT - EARLIEST_INSTANT
_MAX_DIGITS = len(str(int(MAX_DURATION.total_seconds())))  # bounds int() before it runs


def parse_duration(text: str, field: str = "expires") -> timedelta:
    """Seconds (`900`) or units (`15m`, `1h30m`, `7d`); from one second to MAX_DURATION."""
    value = text.strip().lower()
    if value.isascii() and value.isdigit():
        parts = [(value, "s")]
    else:
        compact = value.replace(" ", "")
        parts = _PART_RE.findall(compact)
        if not parts or "".join(n + u for n, u in parts) != compact:
            raise ValidationError(field, f"'{clip(text)}' is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m")
    too_long = ValidationError(field, TOO_FAR)
    if any(len(n.lstrip("0")) > _MAX_DIGITS for n, _ in parts):
        raise too_long
    seconds = sum(int(n) * _UNITS[u] for n, u in parts)
    if seconds < 1:
        raise ValidationError(field, "must be at least one second")
    if seconds > MAX_DURATION.total_seconds():
        raise too_long
    return timedelta(seconds=seconds)


def parse_instant(text: str, field: str = "expiration") -> datetime:
    """ISO 8601 with a time zone, e.g. 2026-12-01T09:00:00+08:00 or 2026-12-01T01:00:00Z."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field, f"'{clip(text)}' is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)"
        ) from None
    return check_aware(moment, field)
