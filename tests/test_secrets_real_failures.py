"""A real gnome-keyring that is locked, or whose prompt is dismissed, gives the matching error.

Each case runs in its own private D-Bus session (dbus-run-session), so it never touches the
keyring the other tests use: an empty unlock password makes gnome-keyring's prompt fail
(dismissed), and restarting the daemon with a wrong password leaves the collection locked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.keyring import skip_or_fail

pytestmark = pytest.mark.secret_service

PROBE = """
from ossshare.core import OssShareError
from ossshare.services.secrets import SecretStore
store = SecretStore()
try:
    store.store_secret("probe", "probe-secret-value")
except OssShareError as exc:
    print(type(exc).__name__)
    print(exc.message)
else:
    print("stored")
store.store_secret("probe", "probe-secret-value", session_only=True)
print("session:", store.load_secret("probe").secret == "probe-secret-value")
"""

REFUSED = 'printf %s "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$0" -c "$1"'
LOCKED = (
    'printf %s right | gnome-keyring-daemon --unlock --components=secrets >/dev/null; '
    '"$0" -c "import keyring; keyring.set_password(\\"x\\", \\"y\\", \\"z\\")"; '
    'printf %s wrong | gnome-keyring-daemon --unlock --components=secrets --replace >/dev/null 2>&1; '
    '"$0" -c "$1"'
)


def _run(script: str, tmp_path: Path) -> list[str]:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} is not installed")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env |= {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_RUNTIME_DIR": str(tmp_path / "run")}
    (tmp_path / "run").mkdir(mode=0o700)
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, PROBE],
        capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[1],
    )
    return done.stdout.splitlines()


def test_dismissed_prompt_is_refused(tmp_path: Path) -> None:
    lines = _run(REFUSED, tmp_path)
    assert lines[0] == "KeyringRefused", lines
    assert "prompt was dismissed" in lines[1]
    assert lines[-1] == "session: True"


def test_wrong_password_leaves_it_locked(tmp_path: Path) -> None:
    lines = _run(LOCKED, tmp_path)
    assert lines[0] == "KeyringLocked", lines
    assert "locked" in lines[1]
    assert lines[-1] == "session: True"
