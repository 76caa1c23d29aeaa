"""A signed link as text to paste: curl, wget, PowerShell, Python requests, Markdown, HTML.

Every form carries the signed headers the link needs (where the form can carry headers at
all) and quotes each value for the language it lands in, so the pasted text runs as is.
"""

from __future__ import annotations

import html
import re
import shlex
from collections.abc import Callable, Mapping
from enum import StrEnum

from ..core import PresignResult
from .markdown import markdown_text


class SnippetKind(StrEnum):
    LINK = "link"
    CURL = "curl"
    WGET = "wget"
    POWERSHELL = "powershell"
    PYTHON = "python"
    MARKDOWN = "markdown"
    HTML = "html"


def _header_lines(headers: Mapping[str, str]) -> list[str]:
    return [f"{name}: {value}" for name, value in headers.items()]


def curl(result: PresignResult, output: str | None = None) -> str:
    """`curl -fL [-H 'name: value' ...] -o FILE 'URL'` for a POSIX shell."""
    parts = ["curl", "-fL"]
    if result.method == "HEAD":
        parts.append("-I")
    for line in _header_lines(result.signed_headers):
        parts += ["-H", shlex.quote(line)]
    if output and result.method != "HEAD":
        parts += ["-o", shlex.quote(output)]
    parts.append(shlex.quote(result.url))
    return " ".join(parts)


def wget(result: PresignResult, output: str | None = None) -> str:
    """`wget [--header='name: value' ...] -O FILE 'URL'` for a POSIX shell."""
    parts = ["wget"]
    if result.method == "HEAD":
        parts.append("--spider")
    for line in _header_lines(result.signed_headers):
        parts.append("--header=" + shlex.quote(line))
    if output and result.method != "HEAD":
        parts += ["-O", shlex.quote(output)]
    parts.append(shlex.quote(result.url))
    return " ".join(parts)


# PowerShell treats the typographic single quotes like ' inside a single-quoted string.
_PS_QUOTES = re.compile("['\u2018\u2019\u201a\u201b]")


def powershell_quote(text: str) -> str:
    """A PowerShell verbatim string: single quotes, each inner quote character doubled."""
    return "'" + _PS_QUOTES.sub(lambda m: m.group(0) * 2, text) + "'"


def powershell(result: PresignResult, output: str | None = None) -> str:
    """`Invoke-WebRequest -UseBasicParsing -Uri '…' [-Headers @{…}] -OutFile '…'`.

    -UseBasicParsing: Windows PowerShell 5.1 otherwise needs Internet Explorer's engine (gone on
    Windows 11) and, since its December 2025 update, stops at a security prompt; PowerShell 7
    accepts the switch and ignores it."""
    parts = ["Invoke-WebRequest", "-UseBasicParsing", "-Uri", powershell_quote(result.url)]
    if result.method == "HEAD":
        parts += ["-Method", "Head"]
    if result.signed_headers:
        pairs = "; ".join(
            f"{powershell_quote(name)} = {powershell_quote(value)}" for name, value in result.signed_headers.items()
        )
        parts += ["-Headers", "@{ " + pairs + " }"]
    if output and result.method != "HEAD":
        parts += ["-OutFile", powershell_quote(output)]
    return " ".join(parts)


def python_requests(result: PresignResult, output: str | None = None) -> str:
    """A short script; repr() of a str is always a valid Python string literal."""
    method = result.method.lower()
    lines = ["import requests", "", f"url = {result.url!r}"]
    call_args = "url"
    if result.signed_headers:
        lines.append("headers = {")
        lines += [f"    {name!r}: {value!r}," for name, value in result.signed_headers.items()]
        lines.append("}")
        call_args += ", headers=headers"
    lines.append(f"response = requests.{method}({call_args}, timeout=60)")
    lines.append("response.raise_for_status()")
    if output and result.method != "HEAD":
        lines.append(f"with open({output!r}, 'wb') as f:")
        lines.append("    f.write(response.content)")
    return "\n".join(lines) + "\n"


def markdown_url(url: str) -> str:
    """The link destination; angle brackets when the URL holds characters that would end it."""
    if re.search(r"[\s()<>]", url):
        return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"
    return url


def markdown(result: PresignResult, text: str) -> str:
    return f"[{markdown_text(text)}]({markdown_url(result.url)})"


def html_anchor(result: PresignResult, text: str) -> str:
    return f'<a href="{html.escape(result.url, quote=True)}">{html.escape(text, quote=False)}</a>'


def render(kind: SnippetKind, result: PresignResult, *, text: str = "", output: str | None = None) -> str:
    """The text one copy button puts on the clipboard."""
    forms: dict[SnippetKind, Callable[[], str]] = {
        SnippetKind.LINK: lambda: result.url,
        SnippetKind.CURL: lambda: curl(result, output),
        SnippetKind.WGET: lambda: wget(result, output),
        SnippetKind.POWERSHELL: lambda: powershell(result, output),
        SnippetKind.PYTHON: lambda: python_requests(result, output),
        SnippetKind.MARKDOWN: lambda: markdown(result, text or output or result.url),
        SnippetKind.HTML: lambda: html_anchor(result, text or output or result.url),
    }
    return forms[kind]()
