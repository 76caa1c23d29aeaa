"""Content-Disposition values: RFC 6266 with the RFC 5987 extended filename."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from ossshare.services.disposition import ascii_fallback, content_disposition

_PARAM = re.compile(r';\s*([^=\s;]+)=("(?:[^"\\]|\\.)*"|[^;]*)')


def _filename(value: str) -> str:
    """What a browser saves as: filename* wins over filename (RFC 6266 section 4.3)."""
    params = {name.lower(): raw for name, raw in _PARAM.findall(value)}
    if "filename*" in params:
        charset, _language, encoded = params["filename*"].split("'", 2)
        return unquote(encoded, encoding=charset, errors="strict")
    return re.sub(r"\\(.)", r"\1", params["filename"][1:-1])


def test_plain_ascii_name_has_only_the_quoted_form() -> None:
    assert content_disposition("report.pdf") == 'attachment; filename="report.pdf"'
    assert _filename(content_disposition("a b;c.txt")) == "a b;c.txt"
    assert content_disposition("report.pdf", inline=True) == 'inline; filename="report.pdf"'


def test_no_name_is_just_the_disposition() -> None:
    assert content_disposition(None) == "attachment"
    assert content_disposition("  ", inline=True) == "inline"


@pytest.mark.parametrize(
    "name",
    ["报告 2026.pdf", "Café crème.txt", 'quote"and;semi.txt', "naïve résumé.docx", "emoji 😀.png", "50% off.txt"],
)
def test_non_ascii_names_round_trip_through_the_extended_form(name: str) -> None:
    value = content_disposition(name)
    assert value.isascii()
    assert "\r" not in value and "\n" not in value
    assert _filename(value) == name
    assert value.startswith('attachment; filename="')
    ext = value.split("filename*=", 1)[1]
    assert ext.startswith("UTF-8''")
    assert unquote(ext[len("UTF-8''") :], encoding="utf-8") == name


def test_fallback_keeps_letters_and_the_extension() -> None:
    assert ascii_fallback("Café crème.txt") == "Cafe creme.txt"
    assert ascii_fallback("报告.pdf") == "download.pdf"
    assert ascii_fallback("报告") == "download"
    assert ascii_fallback('a"b\\c.txt') == "a_b_c.txt"


def test_path_parts_are_dropped() -> None:
    assert content_disposition("../../etc/passwd") == 'attachment; filename="passwd"'
    assert content_disposition("dir\\file.txt") == 'attachment; filename="file.txt"'
