"""Editing a profile keeps the stored secret only for the same key: a new STS token or a new
AccessKey ID without its secret is refused, rather than silently dropped or paired with the
old secret (links and listings would then fail with a signature error, far from the cause)."""

from __future__ import annotations

from typing import Any

import pytest

from ossshare.services.accounts import save_profile
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import SERVICE, SecretStore
from ossshare.ui.connection import AccountStores
from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

OLD_SECRET, OLD_TOKEN = "OldSecretValue0123456789", "OldStsToken0123456789"


def editor(qtbot: Any) -> ProfileDialog:
    save_profile(
        Profile("sts", "STS.NOldKeyId", region="cn-hangzhou"), OLD_SECRET, OLD_TOKEN,
        profiles=ProfileStore(), secrets=SecretStore(),
    )
    dialog = ProfileDialog(None, stores=AccountStores(), profile_name="sts")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.key_id.text() == "STS.NOldKeyId")
    return dialog


@pytest.mark.parametrize(
    ("key_id", "token", "words"),
    [
        ("STS.NOldKeyId", "NewStsToken0123456789", "new STS token"),
        ("STS.NNewKeyId", "", "new AccessKey ID"),
    ],
)
def test_new_token_or_key_id_without_secret_is_refused(
    qtbot: Any, memory_keyring: MemoryKeyring, key_id: str, token: str, words: str
) -> None:
    dialog = editor(qtbot)
    dialog.key_id.setText(key_id)
    dialog.token.setText(token)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert words in dialog.message_text and dialog.message_text.startswith("AccessKey secret:")
    assert dialog.isVisible()
    assert memory_keyring.entries[(SERVICE, "sts:secret")] == OLD_SECRET
    assert OLD_TOKEN in memory_keyring.entries[(SERVICE, "sts:sts")]
    assert ProfileStore().get("sts").access_key_id == "STS.NOldKeyId"


def test_settings_only_edit_keeps_the_stored_secret(qtbot: Any, memory_keyring: MemoryKeyring) -> None:
    dialog = editor(qtbot)
    dialog.endpoint.setText("oss-cn-shanghai.aliyuncs.com")
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert ProfileStore().get("sts").endpoint == "oss-cn-shanghai.aliyuncs.com"
    assert memory_keyring.entries[(SERVICE, "sts:secret")] == OLD_SECRET
