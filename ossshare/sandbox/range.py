"""The Range header as OSS reads it.

By default an unsatisfiable or malformed range is ignored and the whole object is sent
(200). With `x-oss-range-behavior: standard` an end past the object is clipped (206) and a
start past it is refused with 416 InvalidRange. Only the first of several ranges is used.
"""

from __future__ import annotations

import re

from . import errors as err

_RANGE_RE = re.compile(r"\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*")


def parse_range(header: str | None, size: int, standard: bool) -> tuple[int, int] | None:
    """(first, last) byte positions, inclusive, or None for the whole object."""
    if not header:
        return None
    first_spec, _, rest = header.partition(",")
    if rest and standard:
        raise err.invalid_range(size)
    m = _RANGE_RE.fullmatch(first_spec)
    if not m or (not m[1] and not m[2]):
        return None
    if not m[1]:  # suffix: the last N bytes
        n = int(m[2])
        if n == 0 or size == 0:
            if standard:
                raise err.invalid_range(size)
            return None
        if n > size and not standard:
            return None
        return max(0, size - n), size - 1
    start = int(m[1])
    end = int(m[2]) if m[2] else size - 1
    if end < start:
        return None
    if start >= size:
        if standard:
            raise err.invalid_range(size)
        return None
    if end >= size:
        if not standard:
            return None
        end = size - 1
    return start, end
