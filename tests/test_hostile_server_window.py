"""The window against a hostile server: a bucket listing that would never end, or a reply far
too large, shows as the usual error banner (with Retry), never a frozen or endless load."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from ossshare.core import Credentials
from tests.fixtures.hostile_server import HostileServer
from tests.fixtures.qt import OFFSCREEN_NOISE, sandbox_connection

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def window(qtbot: Any) -> Iterator[Any]:
    from ossshare.ui import workers
    from ossshare.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shutdown()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def open_on(qtbot: Any, window: Any, server: HostileServer, credentials: Credentials) -> None:
    window.use_connection(sandbox_connection(server, credentials))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)


def test_cycling_bucket_markers_show_the_banner(
    qtbot: Any, window: Any, hostile_server: HostileServer, sandbox_credentials: Credentials
) -> None:
    hostile_server.set_mode("cycle")
    open_on(qtbot, window, hostile_server, sandbox_credentials)
    assert window.banner.title == "Unreadable reply from OSS"
    assert "came back to a page marker it had already sent" in window.banner.message
    assert window.banner.retry_button.isVisible()
    assert hostile_server.requests == 3  # stopped, not paging on in the background


def test_an_oversize_bucket_list_shows_the_banner(
    qtbot: Any, window: Any, hostile_server: HostileServer, sandbox_credentials: Credentials
) -> None:
    hostile_server.set_mode("oversize")
    open_on(qtbot, window, hostile_server, sandbox_credentials)
    assert window.banner.title == "Unreadable reply from OSS"
    assert "larger than 8 MiB" in window.banner.message
    assert window.buckets.rowCount() == 0


def test_a_gzip_bomb_shows_the_banner(
    qtbot: Any, window: Any, hostile_server: HostileServer, sandbox_credentials: Credentials
) -> None:
    hostile_server.set_mode("gzip_bomb")
    open_on(qtbot, window, hostile_server, sandbox_credentials)
    assert window.banner.title == "Unreadable reply from OSS"
    assert "compressed (gzip, HTTP 200)" in window.banner.message


def open_bucket(qtbot: Any, window: Any, server: HostileServer, credentials: Credentials) -> None:
    window.use_connection(sandbox_connection(server, credentials))
    qtbot.waitUntil(lambda: window.buckets.rowCount() == 1 and not window.buckets.loading, timeout=15000)
    window.navigate("hostile-bucket")


def test_an_object_listing_whose_markers_cycle_stops_in_the_banner(
    qtbot: Any, window: Any, hostile_server: HostileServer, sandbox_credentials: Credentials
) -> None:
    """The view asks for page after page while rows fit; the listing's page guard stops a
    cycling one (it once added rows for ever) and its ListingLoop reaches the banner."""
    hostile_server.set_mode("gone_after_first_page")
    open_bucket(qtbot, window, hostile_server, sandbox_credentials)
    qtbot.waitUntil(lambda: window.objects.rowCount() == 1 and not window.objects.loading, timeout=15000)
    hostile_server.set_mode("cycle")
    window.navigate("hostile-bucket", "sub/")  # a new listing, paged as the view asks
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert "came back to a page marker it had already sent" in window.banner.message
    assert window.objects.rowCount() == 2  # pages None->A and A->B; B->A refused
    qtbot.wait(300)
    assert window.objects.rowCount() == 2 and not window.objects.canFetchMore()  # stopped, not paging on


def test_a_listing_stopped_by_an_error_retry_cannot_help_does_not_offer_retry(
    qtbot: Any, window: Any, hostile_server: HostileServer, sandbox_credentials: Credentials
) -> None:
    hostile_server.set_mode("gone_after_first_page")
    open_bucket(qtbot, window, hostile_server, sandbox_credentials)
    qtbot.waitUntil(lambda: window.objects.rowCount() == 1 and not window.objects.loading, timeout=15000)
    if window.objects.error is None:  # the view had no reason to scroll on: ask as it would
        window.objects.fetchMore()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=15000)
    assert "does not exist" in window.banner.message and not window.banner.retry_button.isVisible()
    assert window.status.counts_text == "1 object so far — listing stopped"
