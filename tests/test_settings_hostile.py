"""settings.json written by something else (or by an attacker): whatever cannot be read is moved
aside with a notice, and one bad profile is skipped with a notice, never hiding the others, in
`profile list`, `profile show` and `sign --profile`."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ossshare.cli.main import main
from ossshare.services.accounts import save_profile
from ossshare.services.profiles import Profile, ProfileNotFound, ProfileStore
from ossshare.services.secrets import SecretStore
from ossshare.services.settings import MAX_SETTINGS_BYTES, SCHEMA_VERSION, SettingsFile, default_settings_path

FIXED = datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)
MOVED = "settings.json.corrupt-20261206T010203Z"


def _file(path: Path) -> SettingsFile:
    return SettingsFile(path, clock=lambda: FIXED)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"schema": 1, "n": ' + b"7" * 5_001 + b"}", "number too long"),
        (b'{"schema": 1, "profiles": {"\\ud800": {}}}', "not valid Unicode"),
        (b'{"schema": "1"}', "no valid schema version"),
        (b'{"schema": true}', "no valid schema version"),
        (b'"just text"', "does not hold a JSON object"),
        (b'{"schema": 1, "x": "\xc3\x28"}', "not UTF-8"),
    ],
    ids=["deep", "long-int", "surrogate", "schema-text", "schema-bool", "not-object", "bad-utf8"],
)
def test_unusable_file_is_moved_aside_and_saving_works_again(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    settings = _file(path)
    loaded = settings.load()
    assert loaded.data == {"schema": SCHEMA_VERSION}
    assert loaded.notice is not None and reason in loaded.notice.message
    assert (tmp_path / MOVED).read_bytes() == content  # nothing lost
    settings.save({"fresh": True})
    assert json.loads(path.read_text("utf-8")) == {"schema": SCHEMA_VERSION, "fresh": True}


def test_oversized_file_is_moved_aside_unread(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    with path.open("wb") as handle:
        handle.write(b'{"schema": 1, "pad": "')
        handle.truncate(MAX_SETTINGS_BYTES + 1)  # sparse: no need to write the bytes
    loaded = _file(path).load()
    assert loaded.notice is not None and "larger than 16 MiB" in loaded.notice.message
    assert (tmp_path / MOVED).stat().st_size == MAX_SETTINGS_BYTES + 1


def test_directory_in_place_of_the_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    (path / "nested").mkdir(parents=True)
    loaded = _file(path).load()
    assert loaded.notice is not None and loaded.notice.moved_to == tmp_path / MOVED
    assert (tmp_path / MOVED / "nested").is_dir()


# --- one bad profile among good ones -------------------------------------------------------

GOOD = {"access_key_id": "LTAIgood", "region": "cn-hangzhou", "signature_version": 4}
BAD_PROFILES: dict[str, object] = {
    "open-bracket": GOOD | {"endpoint": "http://[::1"},
    "long-region": GOOD | {"region": "r" * 1_000},
    "region-number": GOOD | {"region": 5},
    "flag-text": GOOD | {"http": "yes"},
    "version-bool": GOOD | {"signature_version": True},
    "expiry-text": GOOD | {"default_expires_seconds": "60"},
    "expiry-huge": GOOD | {"signature_version": 1, "default_expires_seconds": 10**30},
    "cnames-list": GOOD | {"cnames": ["a", "b"]},
    "not-an-object": ["LTAI"],
    "bad:name": GOOD,
    "esc\x1b[2Jname": GOOD,
}


@pytest.fixture
def mixed_settings(isolated_home: Path) -> Path:
    """The default settings file with two good profiles around every kind of bad one."""
    path = default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    profiles = {"alpha": GOOD, **BAD_PROFILES, "zulu": GOOD | {"region": "cn-shanghai"}}
    path.write_text(json.dumps({"schema": 1, "profiles": profiles}), "utf-8")
    return path


def test_store_skips_each_bad_profile_with_a_notice(mixed_settings: Path) -> None:
    store = ProfileStore()
    assert [p.name for p in store.list()] == ["alpha", "zulu"]
    notices = store.take_notices()
    assert len(notices) == len(BAD_PROFILES)
    assert all(n.title == "Profile skipped" for n in notices)
    text = "\n".join(n.message for n in notices)
    assert "'open-bracket' was skipped: endpoint" in text
    assert "'long-region' was skipped: region" in text
    assert "'flag-text' was skipped: profile flag-text: http: must be true or false" in text
    assert "'expiry-huge' was skipped: default expiry" in text
    assert json.loads(mixed_settings.read_text("utf-8"))["profiles"].keys() >= BAD_PROFILES.keys()  # left as is


def test_getting_a_skipped_profile_says_why(mixed_settings: Path) -> None:
    with pytest.raises(ProfileNotFound, match="'long-region' cannot be used: region"):
        ProfileStore().get("long-region")


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_profile_list_shows_the_good_ones_and_one_line_per_bad_one(
    mixed_settings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "profile", "list")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()[1:]]
    assert names == ["alpha", "zulu"]
    lines = err.splitlines()
    assert len(lines) == len(BAD_PROFILES)
    assert all(line.startswith("ossshare: warning: Profile skipped: ") for line in lines)
    assert "\x1b" not in err and "esc\\x1b[2Jname" in err  # the name is shown, not obeyed


def test_sign_with_a_good_profile_beside_bad_ones(
    mixed_settings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ProfileStore()
    save_profile(store.get("zulu"), "zulu-secret", profiles=store, secrets=SecretStore())
    argv = ("sign", "oss://bucket-a/k.txt", "--profile", "zulu", "--signing-time", "2030-01-01T00:00:00Z")
    code, out, err = run(capsys, monkeypatch, *argv)
    assert code == 0, err
    assert out.startswith("https://bucket-a.oss-cn-shanghai.aliyuncs.com/k.txt?")
    assert "LTAIgood%2F20300101%2Fcn-shanghai" in out
    assert err.count("ossshare: warning: Profile skipped: ") == len(BAD_PROFILES)  # told, not stopped


def test_sign_after_the_settings_were_moved_aside_says_so(
    isolated_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = default_settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"[" * 100_000)
    code, out, err = run(capsys, monkeypatch, "sign", "oss://bucket-a/k.txt", "--profile", "work")
    assert (code, out) == (2, "")
    first, second = err.splitlines()
    assert first.startswith("ossshare: warning: Settings reset: ") and "nested too deeply" in first
    assert second == "ossshare: error: There is no profile named 'work'. `ossshare profile list` shows the saved ones."


def test_sign_with_a_bad_profile_is_one_line_naming_the_reason(
    mixed_settings: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(capsys, monkeypatch, "sign", "oss://bucket-a/k.txt", "--profile", "open-bracket")
    assert (code, out) == (2, "")
    *warnings, error = err.splitlines()
    assert error.startswith("ossshare: error: The saved profile 'open-bracket' cannot be used: endpoint")
    assert len(warnings) == len(BAD_PROFILES) - 1  # the others; this one's reason is the error
    assert all(w.startswith("ossshare: warning: Profile skipped: ") for w in warnings)
    assert "Traceback" not in err


def test_profiles_entry_of_the_wrong_type_is_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "profiles": ["alpha"]}), "utf-8")
    store = ProfileStore(path)
    assert store.list() == []
    assert [n.title for n in store.take_notices()] == ["Profiles skipped"]
    store.save(Profile(name="alpha", access_key_id="LTAIgood", region="cn-hangzhou"))
    assert [p.name for p in store.list()] == ["alpha"]


def test_window_profile_choices_keep_the_good_profiles(mixed_settings: Path) -> None:
    from ossshare.ui.connection import list_choices

    assert [c.name for c in list_choices(environ={})] == ["alpha", "zulu"]
