"""Profiles in the settings file: validation, round trips, the environment profile."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ossshare.core import EndpointOptions, ValidationError
from ossshare.services.profiles import (
    ENVIRONMENT_PROFILE,
    Profile,
    ProfileNotFound,
    ProfileReadOnly,
    ProfileStore,
    check_profile_name,
)


def _full() -> Profile:
    return Profile(
        name="work",
        access_key_id="LTAI5tExampleId",
        region="cn-hangzhou",
        endpoint="oss.example.com:8443",
        internal=True,
        http=True,
        path_style=True,
        cnames={"photos": "img.example.com"},
        bucket_endpoints={"far-away": "oss-eu-central-1.aliyuncs.com"},
        default_expires_seconds=3600,
        signature_version=1,
    )


def test_save_get_list_round_trip(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "settings.json", environ={})
    profile = _full()
    store.save(profile)
    store.save(Profile(name="Alpha", access_key_id="AK2", region="cn-beijing"))
    assert store.get("work") == profile
    assert [p.name for p in store.list()] == ["Alpha", "work"]
    assert ProfileStore(tmp_path / "settings.json", environ={}).get("work") == profile
    assert store.take_notices() == []


def test_endpoint_options_are_the_profiles_host_fields() -> None:
    assert _full().endpoint_options() == EndpointOptions(
        endpoint="oss.example.com:8443", internal=True, http=True, path_style=True
    )
    assert Profile(name="p", access_key_id="AK", region="cn-hangzhou").endpoint_options() == EndpointOptions()


def test_saving_keeps_other_settings_and_profiles(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema": 1, "ui": {"last_bucket": "b"}, "profiles": {"old": {"access_key_id": "X"}}}))
    store = ProfileStore(path, environ={})
    store.save(Profile(name="new", access_key_id="AK", region="cn-shanghai"))
    store.remove("old")
    data = json.loads(path.read_text())
    assert data["ui"] == {"last_bucket": "b"}
    assert list(data["profiles"]) == ["new"]


def test_broken_entry_is_skipped_with_a_notice_and_kept_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    broken = {"access_key_id": "AK", "region": "Not A Region"}
    path.write_text(json.dumps({"schema": 1, "profiles": {"bad": broken, "good": {"access_key_id": "AK"}}}))
    store = ProfileStore(path, environ={})
    assert [p.name for p in store.list()] == ["good"]
    notices = store.take_notices()
    assert len(notices) == 1 and "'bad'" in notices[0].message and "region" in notices[0].message
    store.save(Profile(name="third", access_key_id="AK"))
    assert json.loads(path.read_text())["profiles"]["bad"] == broken


def test_corrupt_settings_file_gives_no_profiles_and_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema": 1, "profiles": {')
    store = ProfileStore(path, environ={})
    assert store.list() == []
    (notice,) = store.take_notices()
    assert notice.moved_to is not None and notice.moved_to.read_text() == '{"schema": 1, "profiles": {'
    assert store.take_notices() == []


@pytest.mark.parametrize("name", ["work", "a", "prod.eu-1", "生产", "x" * 64])
def test_good_names(name: str) -> None:
    assert check_profile_name(name) == name


@pytest.mark.parametrize("name", ["", "a:b", "-lead", "_x", "has space", "x" * 65, "a/b"])
def test_bad_names(name: str) -> None:
    with pytest.raises(ValidationError, match="profile name"):
        check_profile_name(name)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"access_key_id": "has space"}, "AccessKey ID"),
        ({"region": "CN_HANGZHOU"}, "region"),
        ({"signature_version": 2}, "signature version"),
        ({"endpoint": "ftp://x.example.com"}, "endpoint"),
        ({"cnames": {"B!": "x.example.com"}}, "bucket"),
        ({"default_expires_seconds": 8 * 86400}, "7 days"),
        ({"default_expires_seconds": 0}, "at least one second"),
    ],
)
def test_invalid_profiles_are_refused(tmp_path: Path, changes: dict[str, object], field: str) -> None:
    base = {"name": "p", "access_key_id": "AK", "region": "cn-hangzhou"}
    profile = Profile(**{**base, **changes})  # type: ignore[arg-type]
    store = ProfileStore(tmp_path / "settings.json", environ={})
    with pytest.raises(ValidationError, match=field):
        store.save(profile)
    assert not (tmp_path / "settings.json").exists()


def test_v1_allows_longer_default_expiry() -> None:
    Profile(name="p", access_key_id="AK", default_expires_seconds=30 * 86400, signature_version=1).validate()


def test_environment_profile_appears_when_set(tmp_path: Path) -> None:
    env = {"OSS_ACCESS_KEY_ID": "ENVID", "OSS_ACCESS_KEY_SECRET": "envsecret"}
    store = ProfileStore(tmp_path / "settings.json", environ=env)
    (profile,) = store.list()
    assert profile.name == ENVIRONMENT_PROFILE and profile.read_only and profile.access_key_id == "ENVID"
    assert store.get(ENVIRONMENT_PROFILE) == profile
    with pytest.raises(ProfileReadOnly):
        store.save(profile)
    with pytest.raises(ProfileReadOnly):
        store.save(Profile(name=ENVIRONMENT_PROFILE, access_key_id="AK"))
    with pytest.raises(ProfileReadOnly):
        store.remove(ENVIRONMENT_PROFILE)
    assert not (tmp_path / "settings.json").exists()


def test_environment_profile_reads_the_real_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "settings.json")
    assert store.list() == []
    with pytest.raises(ProfileNotFound, match="OSS_ACCESS_KEY_ID"):
        store.get(ENVIRONMENT_PROFILE)
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "ENVID")
    assert store.list() == []  # the secret is needed too
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "s")
    assert [p.name for p in store.list()] == [ENVIRONMENT_PROFILE]


def test_unknown_and_removed_profiles(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "settings.json", environ={})
    with pytest.raises(ProfileNotFound, match="'nope'"):
        store.get("nope")
    with pytest.raises(ProfileNotFound):
        store.remove("nope")
    assert not (tmp_path / "settings.json").exists()  # removing nothing writes nothing
    store.save(Profile(name="p", access_key_id="AK"))
    assert store.exists("p")
    store.remove("p")
    assert not store.exists("p")


def test_default_store_lives_in_the_isolated_config_dir(isolated_home: Path) -> None:
    store = ProfileStore()
    store.save(Profile(name="p", access_key_id="AK"))
    assert store.path.is_relative_to(isolated_home)
    assert store.path.exists()
