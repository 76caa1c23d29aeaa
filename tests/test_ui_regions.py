"""A bucket in another region than the profile's: its requests must be signed for its own
region, even on a custom endpoint (the sandbox checks, as OSS does)."""

from __future__ import annotations

from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_browse import select_key, shown_keys

pytestmark = OFFSCREEN_NOISE

FAR = "far-bucket"


def test_a_bucket_in_another_region_lists_and_shows_details(browser, sandbox, qtbot):
    w = browser
    sandbox.create_bucket(FAR, region="cn-shanghai")
    sandbox.put_object(FAR, "far/away.txt", b"far away\n", content_type="text/plain")
    w.buckets.reload()
    qtbot.waitUntil(lambda: w.buckets.row_of(FAR) is not None and not w.buckets.loading)
    assert w.buckets.bucket_at(w.buckets.row_of(FAR)).region == "cn-shanghai"
    w.navigate(FAR, "far/")
    qtbot.waitUntil(lambda: w.objects.complete or w.objects.error is not None)
    assert w.objects.error is None, w.banner.message
    assert not w.banner.isVisible()
    assert shown_keys(w) == ["far/away.txt"]
    select_key(w, qtbot, "far/away.txt")
    qtbot.waitUntil(lambda: w.details.field_text("type") == "text/plain")
    qtbot.waitUntil(lambda: len(w.details_versions()) == 1)
