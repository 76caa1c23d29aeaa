"""Percent-encoding as OSS expects it in URLs and signatures (apart from signing_v4.py so that
building an endpoint's URL loads no hashing).

Through str.translate over the UTF-8 bytes (seen as Latin-1): the same output as
urllib.parse.quote, several times faster for non-ASCII keys."""

from __future__ import annotations

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ENCODE = {b: (chr(b) if b in _UNRESERVED else f"%{b:02X}") for b in range(256)}
_ENCODE_PATH = {**_ENCODE, ord("/"): "/"}


def encode(text: str) -> str:
    """Percent-encode everything but RFC 3986 unreserved characters, as OSS expects."""
    return text.encode("utf-8").decode("latin-1").translate(_ENCODE)


def encode_path(text: str) -> str:
    """As `encode`, keeping '/' (object keys in URL paths)."""
    return text.encode("utf-8").decode("latin-1").translate(_ENCODE_PATH)
