"""Copy forms of a signed link: each quotes its values so the pasted text means the link."""

from __future__ import annotations

import ast
import re
import shlex
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from ossshare.core import PresignResult
from ossshare.services import snippets
from ossshare.services.snippets import SnippetKind

URL = (
    "https://bucket.oss-cn-hangzhou.aliyuncs.com/a%20b/%E6%8A%A5%E5%91%8A.txt?"
    "x-oss-signature-version=OSS4-HMAC-SHA256&x-oss-date=20261128T000000Z&x-oss-expires=900"
    "&x-oss-credential=AK%2F20261128%2Fcn-hangzhou%2Foss%2Faliyun_v4_request&x-oss-signature=abc123"
)
WHEN = datetime(2026, 11, 28, 0, 15, tzinfo=UTC)
NASTY_HEADER = "it's \"quoted\" $HOME `x` \\ ‘smart’"


def result(headers: dict[str, str] | None = None, url: str = URL, method: str = "GET") -> PresignResult:
    return PresignResult(method=method, url=url, expiration=WHEN, signed_headers=headers or {})


def test_link_form_is_the_url() -> None:
    assert snippets.render(SnippetKind.LINK, result()) == URL


def test_curl_splits_back_into_the_same_arguments() -> None:
    headers = {"x-oss-range-behavior": "standard", "x-oss-meta-note": NASTY_HEADER}
    text = snippets.curl(result(headers), output="it's a file.txt")
    assert shlex.split(text) == [
        "curl", "-fL",
        "-H", "x-oss-range-behavior: standard",
        "-H", f"x-oss-meta-note: {NASTY_HEADER}",
        "-o", "it's a file.txt",
        URL,
    ]


def test_curl_without_headers_or_output() -> None:
    assert shlex.split(snippets.curl(result())) == ["curl", "-fL", URL]


def test_wget_splits_back_into_the_same_arguments() -> None:
    text = snippets.wget(result({"x-oss-request-payer": "requester"}), output="out.bin")
    assert shlex.split(text) == ["wget", "--header=x-oss-request-payer: requester", "-O", "out.bin", URL]


def _powershell_strings(text: str) -> list[str]:
    """The verbatim strings of a PowerShell command line, unescaped as PowerShell does."""
    quote = "'\u2018\u2019\u201a\u201b"
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in quote:
            i += 1
            buf = []
            while True:
                if text[i] in quote:
                    if i + 1 < len(text) and text[i + 1] in quote:
                        buf.append(text[i])
                        i += 2
                        continue
                    break
                buf.append(text[i])
                i += 1
            out.append("".join(buf))
        i += 1
    return out


def test_powershell_quotes_every_single_quote_kind() -> None:
    assert snippets.powershell_quote("it's ‘x’") == "'it''s ‘‘x’’'"
    headers = {"x-oss-meta-note": NASTY_HEADER}
    text = snippets.powershell(result(headers), output="it's.txt")
    assert text.startswith("Invoke-WebRequest -UseBasicParsing -Uri '")
    assert _powershell_strings(text) == [URL, "x-oss-meta-note", NASTY_HEADER, "it's.txt"]
    assert "-Headers @{ " in text and "-OutFile " in text


def test_python_snippet_is_valid_and_carries_url_and_headers() -> None:
    headers = {"x-oss-meta-note": NASTY_HEADER, "x-oss-range-behavior": "standard"}
    text = snippets.python_requests(result(headers), output="报告.txt")
    tree = ast.parse(text)
    assigned = {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Constant, ast.Dict))
    }
    assert assigned == {"url": URL, "headers": headers}
    assert "requests.get(url, headers=headers, timeout=60)" in text
    assert "open('报告.txt', 'wb')" in text


def test_markdown_escapes_link_text() -> None:
    text = snippets.markdown(result(), "a [b] *c* _d_ `e` <f> | g\nh")
    assert text == r"[a \[b\] \*c\* \_d\_ \`e\` \<f\> \| g h](" + URL + ")"


def test_markdown_wraps_urls_with_parentheses() -> None:
    odd = "http://h.example/a(b)c?x=1"
    assert snippets.markdown(result(url=odd), "x") == "[x](<http://h.example/a(b)c?x=1>)"


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str | None] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href"))

    def handle_data(self, data: str) -> None:
        self.text += data


@pytest.mark.parametrize("label", ["report.pdf", "<script>alert('x')</script> & \"q\""])
def test_html_anchor_round_trips_through_an_html_parser(label: str) -> None:
    text = snippets.html_anchor(result(), label)
    assert "&x-oss" not in text  # every & is an entity
    parser = _Anchors()
    parser.feed(text)
    parser.close()
    assert parser.hrefs == [URL]
    assert parser.text == label
    assert not re.search(r"<script", text)


def test_render_uses_output_as_the_default_label() -> None:
    assert snippets.render(SnippetKind.MARKDOWN, result(), output="f.txt") == f"[f.txt]({URL})"
    assert snippets.render(SnippetKind.HTML, result(), text="T").endswith(">T</a>")


# ----- property-based: any printable value survives each language's quoting -----

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_printable = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(value=_printable, output=_printable, url_tail=_printable)
def test_quoting_round_trips_for_any_value(value: str, output: str, url_tail: str) -> None:
    url = URL + "&x=" + url_tail
    res = result({"x-oss-meta-v": value}, url=url)
    assert shlex.split(snippets.curl(res, output)) == ["curl", "-fL", "-H", f"x-oss-meta-v: {value}", "-o", output, url]
    assert shlex.split(snippets.wget(res, output)) == ["wget", f"--header=x-oss-meta-v: {value}", "-O", output, url]
    assert _powershell_strings(snippets.powershell(res, output)) == [url, "x-oss-meta-v", value, output]
    tree = ast.parse(snippets.python_requests(res, output))
    consts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert url in consts and value in consts and output in consts
    parser = _Anchors()
    parser.feed(snippets.html_anchor(res, value))
    parser.close()
    assert parser.hrefs == [url] and parser.text == value
