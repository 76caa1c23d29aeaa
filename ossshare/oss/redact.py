"""Scrub signatures and security tokens from URLs and text before they reach a log or a message.

A signed URL is a bearer credential until it expires, and an STS token is a credential
outright, so neither may be written anywhere a person or a log collector could read it.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from ..core.redact import REDACTED, SECRET_PARAMS, redact_url
from ..core.visible import visible

__all__ = [
    "REDACTED",
    "SECRET_PARAMS",
    "RedactingFilter",
    "SafeFormatter",
    "guard_http_logs",
    "redact_text",
    "redact_url",
]

# `name=value` in a URL or text; `=` may itself be percent-encoded (%3D) inside a nested URL.
_PARAM_RE = re.compile(
    r"(?i)(?:(?<![\w-])|(?<=%[0-9a-f]{2}))(x-oss-signature|signature|x-oss-security-token|security-token)(=|%3D)[^&\s,;\"'<>]*"
)
# `Header: value` lines for headers that carry secrets.
_HEADER_RE = re.compile(r"(?im)\b(authorization|x-oss-security-token|security-token)(\s*:\s*)[^\r\n]*")


def redact_text(text: str, placeholder: str = REDACTED) -> str:
    """Any text with secret query values and secret header values replaced by `placeholder`."""
    text = _HEADER_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{placeholder}", text)
    return _PARAM_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{placeholder}", text)


class RedactingFilter(logging.Filter):
    """A logging filter that scrubs each record's final text; attach it to handlers."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact_text(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


class SafeFormatter(logging.Formatter):
    """A formatter for handlers that print: secrets redacted and control characters made
    visible (core.visible) in the message and in each line of a traceback, so one record is
    one line and text from a server or a client cannot forge or hide lines. The escaping is
    done here, once per handler, because it cannot be applied twice (a filter could be)."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return visible(redact_text(super().formatMessage(record)))

    def formatException(self, ei: Any) -> str:
        return _safe_lines(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return _safe_lines(super().formatStack(stack_info))


def _safe_lines(text: str) -> str:
    return "\n".join(visible(redact_text(line)) for line in text.split("\n"))


# urllib3 logs each request line ("GET /bucket/key?...&x-oss-signature=... HTTP/1.1"), retries
# and redirects with the URL, at DEBUG and WARNING: a signed link sent through requests would
# reach any handler in clear. A filter on these loggers scrubs the record before any handler.
HTTP_LOGGERS = ("urllib3.connectionpool", "urllib3.util.retry", "urllib3.poolmanager")
_guard_lock = threading.Lock()


def guard_http_logs() -> None:
    """Put a RedactingFilter on urllib3's URL-logging loggers (once; safe to call often)."""
    with _guard_lock:
        for name in HTTP_LOGGERS:
            logger = logging.getLogger(name)
            if not any(isinstance(f, RedactingFilter) for f in logger.filters):
                logger.addFilter(RedactingFilter())
