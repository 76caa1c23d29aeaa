"""One escaping rule for text that reaches a terminal or a log: what could move the cursor,
clear the screen, start a new line, reorder what is shown or fail to encode becomes a visible
escape, so a name from a server or a user can neither forge output nor hide in it.

Escaped: C0 controls except tab, DEL, C1 controls, the bidirectional marks, embeddings,
overrides and isolates (text shown in an order other than its own), the line and paragraph
separators, and lone surrogates (which no terminal encoding can write). Characters up to
U+00FF become \\xHH, the rest \\uHHHH; a backslash becomes \\\\, so every escape reads back
one way only. Everything else, tab and any script included, is left as it is.
"""

from __future__ import annotations

import re

_ESCAPED_RE = re.compile(
    "[\\\\\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\\":
        return "\\\\"
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every character of the rule above escaped; unchanged when it holds none."""
    if text.isascii() and text.isprintable() and "\\" not in text:
        return text  # the common case, plain ASCII, at a third of the cost of the scan below
    return _ESCAPED_RE.sub(_escape, text)


def clip(text: str, limit: int = 80) -> str:
    """`text` cut to `limit` characters with its length noted, for a message that names a
    value someone typed: a 5,000-character value is not echoed whole. Not escaped: that is
    done once, where the message is printed."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"
