"""Content-Disposition values for a link's `response-content-disposition` override.

RFC 6266 with RFC 5987 encoding: a quoted ASCII `filename` every client understands, plus
`filename*=UTF-8''…` carrying the real name when it is not plain ASCII, so browsers that
know the extended form (all current ones) save the file under its true name.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

ATTACHMENT = "attachment"
INLINE = "inline"
FALLBACK_NAME = "download"

# RFC 5987 attr-char minus ALPHA / DIGIT (which quote() never escapes).
_ATTR_CHAR_EXTRA = "!#$&+-.^_`|~"


def ascii_fallback(filename: str) -> str:
    """A safe quoted-string body: accents stripped, other non-ASCII, quotes, backslashes,
    separators and control characters replaced by '_'."""
    decomposed = unicodedata.normalize("NFKD", filename)
    out: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue  # the accent of a decomposed letter: keep the letter alone
        if ch in '"\\/%' or not (" " <= ch <= "~"):
            out.append("_")
        else:
            out.append(ch)
    text = "".join(out).strip()
    ext = _ascii_extension(filename)
    stem = text[: -len(ext)] if ext and text.endswith(ext) else text
    if not any(ch.isalnum() for ch in stem):
        # Nothing recognisable is left of the name (e.g. a fully CJK one): a tool that reads only
        # this form (curl -J) would save "__.pdf"; "download.pdf" at least says what it is.
        return FALLBACK_NAME + ext
    return text


def _ascii_extension(filename: str) -> str:
    _, dot, ext = filename.rpartition(".")
    if dot and ext and ext.isascii() and ext.isalnum() and len(ext) <= 10:
        return "." + ext
    return ""


def encode_ext_value(filename: str) -> str:
    """`UTF-8''` followed by the percent-encoded UTF-8 bytes (RFC 5987 ext-value)."""
    return "UTF-8''" + quote(filename, safe=_ATTR_CHAR_EXTRA, encoding="utf-8")


def content_disposition(filename: str | None, *, inline: bool = False) -> str:
    """`attachment; filename="x.pdf"` or, for names the ASCII form cannot carry,
    `attachment; filename="fallback"; filename*=UTF-8''%E2%80%A6`."""
    kind = INLINE if inline else ATTACHMENT
    name = (filename or "").strip()
    if not name:
        return kind
    # Path separators would let a name point outside the download folder: keep the last part.
    name = name.replace("\\", "/").rsplit("/", 1)[-1] or FALLBACK_NAME
    fallback = ascii_fallback(name)
    value = f'{kind}; filename="{fallback}"'
    if fallback != name:
        value += f"; filename*={encode_ext_value(name)}"
    return value
