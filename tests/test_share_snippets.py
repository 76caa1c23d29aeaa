"""Copy forms as pasted into a shell: details the clipboard tests do not pin down."""

from __future__ import annotations

from datetime import UTC, datetime

from ossshare.core import PresignResult
from ossshare.services import snippets

URL = "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a.txt?x-oss-signature=abc"


def test_powershell_form_runs_without_internet_explorer_or_a_prompt() -> None:
    """Windows PowerShell 5.1 parses the reply with Internet Explorer's engine unless told not
    to (absent on Windows 11; a security prompt since December 2025): the pasted command must
    carry -UseBasicParsing, which PowerShell 7 accepts as a no-op."""
    result = PresignResult(method="GET", url=URL, expiration=datetime.now(UTC), signed_headers={})
    text = snippets.powershell(result, output="a.txt")
    assert text == f"Invoke-WebRequest -UseBasicParsing -Uri '{URL}' -OutFile 'a.txt'"
