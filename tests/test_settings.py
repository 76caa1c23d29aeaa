"""The settings file: atomic writes, schema version, corrupt files moved aside."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ossshare.services.settings import (
    SCHEMA_VERSION,
    SettingsError,
    SettingsFile,
    default_settings_path,
)

FIXED = datetime(2026, 11, 28, 9, 30, 15, tzinfo=UTC)


def _file(path: Path) -> SettingsFile:
    return SettingsFile(path, clock=lambda: FIXED)


def test_default_path_is_under_the_user_config_dir(isolated_home: Path) -> None:
    path = default_settings_path()
    assert path.name == "settings.json"
    assert path.is_relative_to(isolated_home)
    assert not path.exists()  # nothing is created by asking


def test_missing_file_gives_defaults_without_notice(tmp_path: Path) -> None:
    loaded = _file(tmp_path / "settings.json").load()
    assert loaded.data == {"schema": SCHEMA_VERSION}
    assert loaded.notice is None
    assert list(tmp_path.iterdir()) == []


def test_save_then_load_round_trips_with_schema(tmp_path: Path) -> None:
    settings = _file(tmp_path / "sub" / "settings.json")
    settings.save({"profiles": {"a": {"access_key_id": "AK"}}, "ui": {"theme": "dark"}})
    on_disk = json.loads((tmp_path / "sub" / "settings.json").read_text("utf-8"))
    assert on_disk["schema"] == SCHEMA_VERSION
    assert on_disk["ui"] == {"theme": "dark"}
    assert settings.load().data == on_disk
    # no temporary file is left behind
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["settings.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_saved_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    _file(path).save({})
    assert path.stat().st_mode & 0o077 == 0


def test_newer_schema_and_unknown_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": SCHEMA_VERSION + 5, "future": [1, 2]}), "utf-8")
    settings = _file(path)
    settings.update(lambda data: data.setdefault("profiles", {}))
    on_disk = json.loads(path.read_text("utf-8"))
    assert on_disk == {"schema": SCHEMA_VERSION + 5, "future": [1, 2], "profiles": {}}


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    settings = _file(path)
    settings.save({"keep": "me"})
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(SettingsError, match="No space left on device"):
        settings.save({"keep": "not this"})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "does not hold a JSON object"),
        (b'{"profiles": {}}', "no valid schema version"),
        (b"", "not valid JSON"),
    ],
)
def test_corrupt_file_is_moved_aside_with_its_bytes(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    neighbour = tmp_path / "history.sqlite"
    neighbour.write_bytes(b"other data")

    loaded = _file(path).load()

    assert loaded.data == {"schema": SCHEMA_VERSION}
    assert loaded.notice is not None
    moved = tmp_path / "settings.json.corrupt-20261128T093015Z"
    assert loaded.notice.moved_to == moved
    assert reason in loaded.notice.message
    assert str(moved) in loaded.notice.message
    assert moved.read_bytes() == content
    assert not path.exists()
    assert neighbour.read_bytes() == b"other data"


def test_second_corrupt_file_in_the_same_second_does_not_overwrite_the_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"first")
    _file(path).load()
    path.write_bytes(b"second")
    notice = _file(path).load().notice
    assert notice is not None and notice.moved_to is not None
    assert (tmp_path / "settings.json.corrupt-20261128T093015Z").read_bytes() == b"first"
    assert notice.moved_to.read_bytes() == b"second"


def test_after_moving_aside_saving_works_again(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{{{{")
    settings = _file(path)
    settings.load()
    settings.save({"fresh": True})
    assert json.loads(path.read_text("utf-8"))["fresh"] is True


def test_unreadable_file_is_moved_aside(tmp_path: Path) -> None:
    # A directory where the file should be cannot be read, even by root.
    path = tmp_path / "settings.json"
    path.mkdir()
    (path / "inner").write_text("precious", "utf-8")
    loaded = _file(path).load()
    assert loaded.notice is not None and loaded.notice.moved_to is not None
    assert "could not be read" in loaded.notice.message
    assert (loaded.notice.moved_to / "inner").read_text("utf-8") == "precious"


def test_file_that_cannot_be_read_nor_moved_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"{broken but precious")

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    settings = _file(path)
    loaded = settings.load()
    assert loaded.data == {"schema": SCHEMA_VERSION}
    assert loaded.notice is not None and loaded.notice.moved_to is None
    assert "will not overwrite" in loaded.notice.message
    with pytest.raises(SettingsError, match="kept"):
        settings.save({"x": 1})
    assert path.read_bytes() == b"{broken but precious"
