"""The wall clock, defined once. The core never reads it (its functions take `now=`); the
layers above pass it as their default clock, and tests pass their own."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
