"""The escaping rule for terminals and logs (core.visible): what it escapes, what it leaves,
and that every output reads back to exactly one input."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ossshare.core.visible import clip, visible

_ESCAPE_RE = re.compile(r"\\(\\|x[0-9a-f]{2}|u[0-9a-f]{4})")


def read_back(shown: str) -> str:
    """The inverse a reader applies: \\\\ is a backslash, \\xHH and \\uHHHH are code points."""

    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        return "\\" if body == "\\" else chr(int(body[1:], 16))

    return _ESCAPE_RE.sub(one, shown)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2Jgone", "\\x1b[2Jgone"),  # ESC: would clear the screen
        ("a\nforged line", "a\\x0aforged line"),
        ("a\rover", "a\\x0dover"),
        ("nul\x00", "nul\\x00"),
        ("del\x7f", "del\\x7f"),
        ("c1 \x85 \x9b2J", "c1 \\x85 \\x9b2J"),  # NEL and the 8-bit CSI
        ("invoice\u202egpj.exe", "invoice\\u202egpj.exe"),  # right-to-left override
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("mark\u200f\u061c", "mark\\u200f\\u061c"),
        ("line\u2028sep", "line\\u2028sep"),
        ("lone \udcff", "lone \\udcff"),  # no encoding can print a lone surrogate
        ("back\\slash", "back\\\\slash"),
        ("a\\x1b", "a\\\\x1b"),  # a literal backslash-x stays distinct from an escaped ESC
    ],
)
def test_escaped(text: str, shown: str) -> None:
    assert visible(text) == shown
    assert read_back(shown) == text


@pytest.mark.parametrize(
    "text",
    ["plain/key.txt", "tab\tstays", "年报 2026.pdf", "Ünïcödé ß", "👩\u200d💻 family", "עברית ومرحبا", ""],
)
def test_left_as_is(text: str) -> None:
    assert visible(text) == text


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_every_output_reads_back_and_is_one_printable_line(text: str) -> None:
    shown = visible(text)
    assert read_back(shown) == text
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert not re.search("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]", shown)
    shown.encode("utf-8")  # nothing left that a UTF-8 terminal cannot be sent


def test_clip_names_the_length() -> None:
    assert clip("short") == "short"
    long = "9" * 5001
    assert clip(long, 10) == "9999999999… (5,001 characters)"
