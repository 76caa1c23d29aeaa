"""Window size, splitter and the last location come back on the next start (private HOME)."""

from __future__ import annotations

from ossshare.services.accounts import save_profile
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import SecretStore
from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.window_state import WindowState, state_path
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def add_sandbox_profile(sandbox, credentials, name: str = "sandbox") -> None:
    profile = Profile(
        name=name,
        access_key_id=credentials.access_key_id,
        region=sandbox.region,
        endpoint=sandbox.endpoint,
        path_style=True,
    )
    save_profile(profile, credentials.access_key_secret, profiles=ProfileStore(), secrets=SecretStore())


def test_size_splitter_and_location_are_restored(qtbot, sandbox, sandbox_credentials, isolated_home):
    add_sandbox_profile(sandbox, sandbox_credentials)
    first = app_module.create_window()
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: first.bucket == "test-bucket" and first.objects.complete, timeout=15000)
    assert first.profile_box.currentText() == "sandbox"
    first.navigate("test-bucket", "docs/guide/")
    qtbot.waitUntil(lambda: first.objects.complete)
    first.resize(760, 540)  # within the offscreen screen (800x600): restoreGeometry clamps to it
    first.splitter.setSizes([150, 350, 250])
    sizes = first.splitter.sizes()
    first.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)
    assert str(state_path()).startswith(str(isolated_home))
    saved = WindowState.load()
    assert (saved.profile, saved.bucket, saved.prefix) == ("profile:sandbox", "test-bucket", "docs/guide/")

    second = app_module.create_window()
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: second.prefix == "docs/guide/" and second.objects.complete, timeout=15000)
    assert second.path_bar.crumb_texts() == ["test-bucket", "docs", "guide"]
    assert (second.width(), second.height()) == (760, 540)
    assert second.splitter.sizes() == sizes
    second.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_a_damaged_state_file_means_defaults(qtbot):
    path = state_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert WindowState.load() == WindowState()
    path.write_text('{"geometry": 5, "bucket": "b"}', encoding="utf-8")
    assert WindowState.load() == WindowState(bucket="b")
