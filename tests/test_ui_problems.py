"""One error presentation: every error reads as a title, a message and what to do; the window
never tells a person to run a command; state colours stay readable on light and dark palettes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ossshare.core import ValidationError
from ossshare.core.errors import Action
from ossshare.oss.errors import NetworkError, OssError
from ossshare.services.accounts import SecretMissing
from ossshare.services.profiles import ProfileStore
from ossshare.services.secrets import KeyringError, KeyringLocked, KeyringUnavailable
from ossshare.ui import state_colors
from ossshare.ui.problems import present, sentences
from ossshare.ui.state_colors import State


def test_auth_refusals_offer_edit_profile_and_others_do_not() -> None:
    for code in ("SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "SecurityTokenExpired"):
        error = OssError(code, "refused", "RID1", 403)
        assert error.is_auth and Action.EDIT_PROFILE in present(error).actions, code
    missing = OssError("NoSuchBucket", "The specified bucket does not exist.", "RID2", 404)
    assert not missing.is_auth and present(missing).actions == frozenset()
    busy = OssError("ServiceUnavailable", "Please slow down.", "RID3", 503)
    assert present(busy).actions == {Action.RETRY}
    assert present(NetworkError("oss.example", "timed out")).actions == {Action.RETRY}


def test_keyring_errors_share_a_base_and_say_what_to_do() -> None:
    locked, unavailable = KeyringLocked("The keyring is locked."), KeyringUnavailable("No keyring.")
    assert isinstance(locked, KeyringError) and isinstance(unavailable, KeyringError)
    assert {Action.UNLOCK_KEYRING, Action.RETRY} <= present(locked).actions
    assert Action.EDIT_PROFILE in present(unavailable).actions  # a session-only secret is the way out
    problem = present(ValidationError("region", "is not a region id"))
    assert problem.actions == {Action.FIX_INPUT} and problem.message == "region: is not a region id"


def test_the_window_never_names_a_command_but_the_terminal_still_does(tmp_path: Path) -> None:
    store = ProfileStore(path=tmp_path / "settings.json", environ={})
    with pytest.raises(Exception) as caught:
        store.get("nowhere")
    error = caught.value
    assert "ossshare profile list" in error.message  # what the CLI prints
    problem = present(error)
    assert problem.title == "Unknown profile"
    assert problem.message == "There is no profile named 'nowhere'." and "ossshare" not in problem.message
    secret = SecretMissing("No secret is stored for profile 'w'.", cli_hint="Run `ossshare profile add w`.")
    assert "`ossshare" in str(secret) and "`ossshare" not in present(secret).message
    assert Action.EDIT_PROFILE in present(secret).actions


def test_an_unexpected_exception_is_a_plain_sentence() -> None:
    problem = present(ZeroDivisionError("division by zero"))
    assert problem.title == "Unexpected problem"
    assert "ZeroDivisionError" in problem.message and "division by zero" not in problem.message
    assert problem.actions == {Action.RETRY}


def test_sentences_are_ended_and_separated() -> None:
    oss = OssError("AccessDenied", "You have no right to list buckets.", "RID4", 403).message
    assert oss.endswith(")")  # the details close the message, with no full stop after them
    joined = sentences(oss, "You can still open a bucket by name")
    assert joined == f"{oss}. You can still open a bucket by name."
    assert sentences("Done!", "", "  Next.  ") == "Done! Next."
    assert sentences("読めません。", "再試行") == "読めません。再試行。"
    assert sentences("无法连接（HTTP 503）", "You can retry") == "无法连接（HTTP 503）。You can retry."


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("window", ["#efefef", "#ffffff", "#353535", "#1e1e1e"])
def test_state_colours_are_readable_on_light_and_dark_palettes(qapp, window: str) -> None:
    palette = QPalette(QColor(window))
    for state in State:
        text = state_colors.text_color(state, palette)
        assert _contrast(text, palette.color(QPalette.ColorRole.Window)) >= 4.5, (state, window)
        assert _contrast(text, state_colors.fill_color(state, palette)) >= 4.5, (state, window)
    assert state_colors.is_dark(palette) == (QColor(window).lightnessF() < 0.5)


def test_styles_follow_the_palette_in_use(qapp) -> None:
    original = QGuiApplication.palette()
    try:
        QGuiApplication.setPalette(QPalette(QColor("#f0f0f0")))
        light = state_colors.text_style(State.ERROR)
        QGuiApplication.setPalette(QPalette(QColor("#202020")))
        dark = state_colors.text_style(State.ERROR)
    finally:
        QGuiApplication.setPalette(original)
    assert light != dark and light.startswith("color: #") and dark.startswith("color: #")
    assert state_colors.text_style(None) == ""
