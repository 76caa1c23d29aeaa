"""An STS token that could not travel in a header is refused up front, without quoting it.

Before, a token with a non-ASCII character got as far as http.client, which raised a
UnicodeEncodeError: the command line printed a Python traceback naming the character and its
position, the window said "Unexpected problem", and the exception's repr held the whole token.
"""

from __future__ import annotations

import pytest

from ossshare.cli.main import main
from ossshare.core import Credentials, ValidationError
from ossshare.sandbox import Sandbox

BAD_TOKENS = ["StsTokén0123456789", "StsToken 0123456789", "StsToken中0123456789", " StsToken0123456789"]


@pytest.mark.parametrize("token", BAD_TOKENS)
def test_token_outside_visible_ascii_is_a_validation_error(token: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Credentials("STS.NKeyId", "SecretValue0123456789", token)
    assert caught.value.field == "security token"
    assert token.strip() not in str(caught.value) and "Tok" not in str(caught.value)


@pytest.mark.parametrize("token", BAD_TOKENS[:1] + BAD_TOKENS[2:3])
def test_ls_with_such_a_token_says_so_in_one_line(
    token: str, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "STS.NSandboxTestStsKeyId")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "SandboxStsSecret0123456789abcdef")
    monkeypatch.setenv("OSS_SESSION_TOKEN", token)
    code = main(["ls", "--region", "cn-hangzhou", "--endpoint", sandbox.endpoint])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("ossshare: error: security token:") and err.count("\n") == 1
    assert "Tok" not in err


def test_real_token_alphabet_is_accepted() -> None:
    token = "CAIS+gF1q6Ft5B2yfSjIr5bNP/3nu+Ua0vaNaE7cg2kzSeZEj4Dtgzz2IHhMenZsB+0Xsf4/mG1V6foalrV3TJdBR0Ha=="
    assert Credentials("STS.NKeyId", "SecretValue0123456789", token).security_token == token
