"""CRC-64/XZ (ECMA-182 polynomial, reflected), the value OSS sends as x-oss-hash-crc64ecma."""

from __future__ import annotations

_POLY = 0xC96C5795D7870F42
_MASK = 0xFFFFFFFFFFFFFFFF


def _table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ _POLY if c & 1 else c >> 1
        table.append(c)
    return table


_TABLE = _table()


def crc64(data: bytes, crc: int = 0) -> int:
    crc ^= _MASK
    table = _TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ _MASK
