"""Signatures and security tokens kept out of anything a person or a log could read.

A signed URL is a bearer credential until it expires, and an STS token is one outright.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

REDACTED = "REDACTED"

# Query parameters (compared lower-case) whose values are secrets.
SECRET_PARAMS = frozenset({"x-oss-signature", "signature", "x-oss-security-token", "security-token"})


def redact_url(url: str) -> str:
    """The URL with the value of every secret query parameter replaced."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    out = []
    for item in parts.query.split("&"):
        name, sep, _ = item.partition("=")
        out.append(f"{name}={REDACTED}" if sep and name.lower() in SECRET_PARAMS else item)
    return urlunsplit(parts._replace(query="&".join(out)))
