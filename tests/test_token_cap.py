"""A link signed with an STS credential never outlives the token, for V4 and V1 alike."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from ossshare.cli import common
from ossshare.cli.main import main
from ossshare.core import Credentials
from ossshare.services.account import Account
from ossshare.services.share import default_link

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
TOKEN_END = NOW + dt.timedelta(minutes=10)
ACCOUNT = Account(
    Credentials("STS.Key", "secret-value", "token-value"), region="cn-hangzhou", token_expiration=TOKEN_END
)


def test_token_cap() -> None:
    assert ACCOUNT.token_cap(NOW + dt.timedelta(hours=1)) == TOKEN_END
    assert ACCOUNT.token_cap(NOW + dt.timedelta(minutes=5)) is None
    assert Account(Credentials("AK", "secret-value")).token_cap(NOW + dt.timedelta(days=3)) is None


def test_copy_link_is_capped() -> None:
    assert default_link(ACCOUNT, "cn-hangzhou", "b-1", "k", now=NOW).expiration == NOW + dt.timedelta(minutes=10)


@pytest.mark.parametrize("version", ["4", "1"])
def test_sign_caps_and_warns(version: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(common, "account_from_args", lambda args: ACCOUNT)
    code = main(
        [
            "sign",
            "oss://b-1/k",
            "--signing-time",
            NOW.isoformat(),
            "--expires",
            "1h",
            "--signature-version",
            version,
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert dt.datetime.fromisoformat(json.loads(out)["expiration"]) == TOKEN_END
    assert "the link is capped" in err
