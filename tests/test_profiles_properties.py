"""Profiles survive the settings file unchanged, and parallel saves lose nothing."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ossshare.services.profiles import Profile, ProfileStore

regions = st.from_regex(r"[a-z]{2}-[a-z]{3,10}(-[1-9])?", fullmatch=True)
buckets = st.from_regex(r"[a-z0-9][a-z0-9-]{1,20}[a-z0-9]", fullmatch=True)
domains = st.from_regex(r"[a-z]{1,10}\.example\.(com|cn)", fullmatch=True)
names = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._-]{0,20}", fullmatch=True).filter(lambda n: n != "environment")
profiles = st.builds(
    Profile,
    name=names,
    access_key_id=st.from_regex(r"LTAI[A-Za-z0-9]{4,20}", fullmatch=True),
    region=st.none() | regions,
    endpoint=st.none() | domains,
    internal=st.booleans(),
    accelerate=st.booleans(),
    dualstack=st.booleans(),
    http=st.booleans(),
    path_style=st.booleans(),
    cnames=st.dictionaries(buckets, domains, max_size=3),
    bucket_endpoints=st.dictionaries(buckets, domains, max_size=2),
    default_expires_seconds=st.none() | st.integers(1, 604_800),
    signature_version=st.sampled_from([1, 4]),
)


@settings(max_examples=150, deadline=None)
@given(profile=profiles)
def test_json_round_trip(profile: Profile) -> None:
    text = json.dumps(profile.to_json())
    assert Profile.from_json(profile.name, json.loads(text)) == profile


def test_parallel_saves_keep_every_profile(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    count = 24
    barrier = threading.Barrier(count)
    errors: list[BaseException] = []

    def save(index: int) -> None:
        try:
            barrier.wait()
            ProfileStore(path, environ={}).save(Profile(name=f"p{index:02}", access_key_id="AK", region="cn-hangzhou"))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [p.name for p in ProfileStore(path, environ={}).list()] == [f"p{i:02}" for i in range(count)]
