"""How the command line fails: one line on stderr, control characters made visible, exit
status 2. Kept apart from common.py so that starting the desktop app (which parses its
arguments here first) loads none of the account and endpoint code."""

from __future__ import annotations

import logging
import sys

from ..core.visible import visible
from ..oss.redact import SafeFormatter


class CliError(Exception):
    """A one-line reason for stderr; exit status 2."""


# A message that quotes a huge value (a 5,000-character --expires) keeps its start, which
# names the field, and its end, which names the rule; the middle is left out.
_MAX_LINE = 1000


def _line(text: str) -> str:
    if len(text) > _MAX_LINE:
        left_out = len(text) - 800
        text = f"{text[:600]} … ({left_out:,} characters not shown) … {text[-200:]}"
    return visible(text)


def fail(reason: str) -> int:
    """Print `reason` as one line on stderr (control characters made visible); exit status 2."""
    print(f"ossshare: error: {_line(reason)}", file=sys.stderr)
    return 2


def warn(text: str) -> None:
    print(f"ossshare: warning: {_line(text)}", file=sys.stderr)


def log_to_stderr(level: int, fmt: str) -> None:
    """Send log records of `level` and up to stderr, secrets redacted and control characters
    made visible (a request path or a key logged from a client cannot forge log lines)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(fmt))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)


def scrub_fallback_log() -> None:
    """Records logged while no handler is set up go to logging's last-resort handler on stderr,
    as bare text: give it the same redacting, escaping formatter."""
    if logging.lastResort is not None:
        logging.lastResort.setFormatter(SafeFormatter())
