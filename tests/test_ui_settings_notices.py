"""What reading the profiles had to say (the settings file moved aside, a profile skipped)
reaches the window, as the command line prints it as warnings: never dropped."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QLabel

from ossshare.core import Credentials
from ossshare.services.accounts import save_profile
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import SecretStore
from ossshare.services.settings import default_settings_path
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.connection import Choice, read_choices
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def finish(window: Any, qtbot: Any) -> None:
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def add_bad_profile() -> None:
    path = default_settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["profiles"]["broken"] = {"access_key_id": "AK", "region": "Not A Region!"}
    path.write_text(json.dumps(data), encoding="utf-8")


def test_read_choices_keeps_the_notices_beside_the_good_profiles(
    sandbox: Any, sandbox_credentials: Credentials
) -> None:
    profile = Profile(name="sandbox", access_key_id=sandbox_credentials.access_key_id, region=sandbox.region)
    save_profile(profile, sandbox_credentials.access_key_secret, profiles=ProfileStore(), secrets=SecretStore())
    add_bad_profile()
    listed = read_choices(environ={})
    assert listed.choices == [Choice("profile", "sandbox")]
    assert [(n.title, n.profile) for n in listed.notices] == [("Profile skipped", "broken")]
    assert read_choices(environ={}).notices  # still skipped: said again on the next read


def test_a_skipped_profile_stays_told_in_the_status_bar(
    qtbot: Any, sandbox: Any, sandbox_credentials: Credentials
) -> None:
    profile = Profile(
        name="sandbox",
        access_key_id=sandbox_credentials.access_key_id,
        region=sandbox.region,
        endpoint=sandbox.endpoint,
        path_style=True,
    )
    save_profile(profile, sandbox_credentials.access_key_secret, profiles=ProfileStore(), secrets=SecretStore())
    add_bad_profile()
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.bucket == "test-bucket" and window.objects.complete, timeout=15000)
    notice = window.status.findChild(QLabel, "settingsNotice")
    assert notice.isVisible() and notice.text() == "Profile skipped"  # still there after the first move
    assert "Profile skipped: The saved profile 'broken' was skipped: region: 'Not A Region!'" in notice.toolTip()
    assert not window.banner.isVisible()  # the profile that works opened as usual
    finish(window, qtbot)


def test_a_settings_file_moved_aside_is_told_on_the_welcome_page(qtbot: Any) -> None:
    path = default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    window = app_module.create_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.showing_welcome and window.welcome.note != "", timeout=15000)
    note = window.welcome.note
    assert note.startswith("Settings reset: The settings file could not be used because")
    assert f"It was moved to {path.parent}" in note
    assert window.status.findChild(QLabel, "settingsNotice").text() == "Settings reset"
    finish(window, qtbot)
