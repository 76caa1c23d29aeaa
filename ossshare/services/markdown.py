"""Text put into Markdown (a link's text, a table cell) exactly as it reads: CommonMark lets a
backslash escape any ASCII punctuation, so these, which would format a name, nest a link, open
HTML or an entity, strike through (GFM) or end a table cell, are escaped; a line break, which
would end the link or the table row, becomes a space."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~&])")
_LINE_BREAK = re.compile(r"\r\n?|\n")


def markdown_text(text: str) -> str:
    return _LINE_BREAK.sub(" ", _SPECIAL.sub(r"\\\1", text))
