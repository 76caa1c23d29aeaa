"""The window stays responsive on a slow network, and faults become banners a person can act on."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer

from ossshare.core import Credentials
from tests.fixtures.qt import OFFSCREEN_NOISE, sandbox_connection

pytestmark = OFFSCREEN_NOISE
BUCKET = "test-bucket"


def test_event_loop_keeps_serving_while_a_slow_page_loads(browser, sandbox, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    sandbox.faults.latency = 2.0
    w.navigate(BUCKET, "docs/")
    assert w.objects.loading and w.status.loading
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=10000)  # ~0.4 s of ticks while the page is out
    assert w.objects.loading, "the page came back before the timer could show the loop is free"
    qtbot.waitUntil(lambda: w.objects.complete, timeout=15000)
    timer.stop()
    assert [w.objects.key_at(r) for r in range(w.objects.rowCount())] == ["docs/guide/", "docs/readme.md"]
    assert not w.status.loading


def test_a_fault_shows_the_banner_and_retry_recovers(browser, sandbox, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    sandbox.faults.error_status = 503
    w.navigate(BUCKET, "photos/")
    qtbot.waitUntil(lambda: w.banner.isVisible())
    assert w.banner.title == "OSS had a server error" or "unavailable" in w.banner.title
    assert "request id" in w.banner.message and "Traceback" not in w.banner.message
    assert w.banner.retry_button.isVisible()
    sandbox.faults.reset()
    w.banner.retry_button.click()
    qtbot.waitUntil(lambda: w.objects.complete)
    assert not w.banner.isVisible()
    assert [w.objects.key_at(r) for r in range(w.objects.rowCount())] == ["photos/2024/"]


def test_a_dropped_connection_reads_as_a_network_error(browser, sandbox, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    sandbox.faults.drop_connection = True
    w.refresh()
    qtbot.waitUntil(lambda: w.banner.isVisible())
    assert w.banner.title  # a sentence from NetworkError, not a repr
    assert "Error(" not in w.banner.message
    sandbox.faults.reset()
    w.commands.refresh.trigger()  # F5
    qtbot.waitUntil(lambda: w.objects.complete and not w.banner.isVisible())


def test_a_wrong_secret_offers_retry(qtbot, sandbox, sandbox_credentials):
    from ossshare.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    wrong = Credentials(sandbox_credentials.access_key_id, "wrong-secret-0123456789abcdef")
    w.use_connection(sandbox_connection(sandbox, wrong))
    qtbot.waitUntil(lambda: w.banner.isVisible())
    assert "Signature" in w.banner.title
    assert "SignatureDoesNotMatch" in w.banner.message
    w.shutdown()


def test_clock_skew_warning(browser, sandbox, qtbot):
    w = browser
    qtbot.waitUntil(lambda: w.bucket == BUCKET and w.objects.complete)
    assert w.status.skew_text == ""
    sandbox.faults.date_skew = timedelta(minutes=5)
    w.refresh()
    qtbot.waitUntil(lambda: w.status.skew_text != "")
    assert "behind" in w.status.skew_text and "5 min" in w.status.skew_text
    sandbox.faults.date_skew = timedelta(minutes=-20)
    w.refresh()
    qtbot.waitUntil(lambda: "refused" in w.status.skew_text)
    assert "ahead of" in w.status.skew_text
    sandbox.faults.reset()
    w.refresh()
    qtbot.waitUntil(lambda: w.status.skew_text == "")


def test_a_failed_later_page_does_not_pass_for_the_whole_folder(browser, sandbox, qtbot):
    w = browser
    for i in range(250):
        sandbox.put_object("test-bucket", f"paged/k-{i:03d}.txt", b"k")
    w.objects._page_size = 100
    w.navigate("test-bucket", "paged/")
    qtbot.waitUntil(lambda: w.objects.rowCount() >= 100 and not w.objects.loading)
    listed = w.objects.rowCount()
    sandbox.faults.error_status = 500
    w.objects.fetchMore()
    qtbot.waitUntil(lambda: w.banner.isVisible())
    assert w.objects.rowCount() == listed and not w.objects.complete
    assert w.status.counts_text == f"{listed} objects so far — listing stopped (Retry continues it)"
    sandbox.faults.error_status = None
    w.banner.retry_button.click()
    qtbot.waitUntil(lambda: w.objects.rowCount() > listed and not w.objects.loading)
    assert "stopped" not in w.status.counts_text
