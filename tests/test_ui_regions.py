"""Buckets beyond the plain list: one in another region than the profile's (its requests must
be signed for its own region, even on a custom endpoint: the sandbox checks, as OSS does), and
one typed by name that the list does not hold."""

from __future__ import annotations

from PySide6.QtCore import Qt

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


def test_a_bucket_typed_by_name_is_not_shown_as_the_one_selected(browser, sandbox, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == "test-bucket" and w.objects.complete)
    assert w.bucket_view.selectionModel().selectedRows()[0].data() == "test-bucket"
    sandbox.create_bucket("unlisted-bucket")  # not in the list the window loaded
    sandbox.put_object("unlisted-bucket", "a.txt", b"a")
    w.edit_path()
    w.path_bar.edit.setText("oss://unlisted-bucket/")
    qtbot.keyClick(w.path_bar.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.bucket == "unlisted-bucket" and w.objects.complete)
    assert w.bucket_view.selectionModel().selectedRows() == []
    # Clicking the listed bucket again still opens it.
    w.bucket_view.setCurrentIndex(w.buckets.index(w.buckets.row_of("test-bucket"), 0))
    qtbot.waitUntil(lambda: w.bucket == "test-bucket" and w.objects.complete)
