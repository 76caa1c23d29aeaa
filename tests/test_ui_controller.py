"""The browsing controller, without a window: one Location, one signal, Back/Forward, restore."""

from __future__ import annotations

import dataclasses

import pytest

from ossshare.ui.window.controller import BrowsingController
from ossshare.ui.window.location import Location, parent_prefix


@pytest.fixture
def controller(qapp):
    own = BrowsingController()
    seen: list[Location] = []
    own.locationChanged.connect(seen.append)
    own.seen = seen  # the test reads what was announced, in order
    yield own
    own.deleteLater()


def test_every_change_is_one_signal_with_the_new_frozen_location(controller):
    controller.open_profile("profile:work")
    controller.go("photos", "2026/", "cn-shanghai")
    assert controller.seen == [Location("profile:work"), Location("profile:work", "photos", "2026/", "cn-shanghai")]
    assert controller.location is controller.seen[-1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        controller.location.prefix = "elsewhere/"  # type: ignore[misc]


def test_back_and_forward_walk_the_visits_and_a_new_move_forgets_what_was_ahead(controller):
    controller.open_profile("demo")
    for prefix in ("", "a/", "a/b/"):
        controller.go("bucket", prefix, "r")
    assert controller.can_go_back and not controller.can_go_forward
    assert controller.back() and controller.location.prefix == "a/"
    assert controller.back() and controller.location.prefix == ""
    assert not controller.can_go_back and not controller.back()
    assert controller.forward() and controller.location.prefix == "a/"
    controller.go("bucket", "c/", "r")
    assert not controller.can_go_forward and not controller.forward()
    assert controller.back() and controller.location.prefix == "a/"
    prefixes = [location.prefix for location in controller.seen[1:]]
    assert prefixes == ["", "a/", "a/b/", "a/", "", "a/", "c/", "a/"]  # failed moves announce nothing


def test_going_to_the_same_place_again_or_learning_its_region_is_not_a_new_visit(controller):
    controller.open_profile("demo")
    controller.go("bucket", "", "r")
    controller.go("elsewhere", "x/")  # typed in the path bar: region unknown yet
    controller.learn_region("cn-beijing")
    controller.go("elsewhere", "x/", "cn-beijing")  # F5
    assert controller.location == Location("demo", "elsewhere", "x/", "cn-beijing")
    assert controller.back() and controller.location.bucket == "bucket" and not controller.can_go_back
    assert controller.forward() and controller.location.region == "cn-beijing"  # the region is remembered


def test_another_profile_starts_with_no_history(controller):
    controller.open_profile("profile:a")
    controller.go("one", "")
    controller.go("one", "sub/")
    controller.open_profile("profile:b")
    assert controller.location == Location("profile:b") and not controller.can_go_back


def test_the_last_folder_is_restored_for_its_own_profile_only_and_once(controller):
    saved = Location("profile:a", "bucket", "docs/")
    controller.remember(saved)
    controller.open_profile("profile:b")
    assert controller.take_restore() is None  # another profile opened first: not its place
    controller.remember(saved)
    controller.open_profile("profile:a")
    assert controller.take_restore() == saved
    assert controller.take_restore() is None
    controller.remember(saved)
    controller.forget_restore()  # e.g. the profile asked for does not exist
    assert controller.take_restore() is None
    controller.remember(Location("profile:a"))  # no bucket: nothing to go back to
    assert controller.take_restore() is None


def test_parent_prefix():
    assert parent_prefix("a/b/c/") == "a/b/" and parent_prefix("a/") == "" and parent_prefix("") == ""
    assert Location("p", "b", "a/b/").parent_prefix == "a/"
