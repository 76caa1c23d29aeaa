"""The worker pool reports every task exactly once, on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThread, QThreadPool

from ossshare.ui import workers


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """A pool of its own: these tests must not wait behind another test's slow requests."""
    own = QThreadPool()
    own.setMaxThreadCount(4)
    yield own
    own.waitForDone(10000)


def test_success_and_failure_reach_the_gui_thread(qtbot, pool):
    gui = QThread.currentThread()
    seen: dict[str, object] = {}

    def ok(rid: int, value: object) -> None:
        seen["ok"] = (rid, value, QThread.currentThread() is gui)

    def bad(rid: int, error: BaseException) -> None:
        seen["bad"] = (rid, type(error).__name__, QThread.currentThread() is gui)

    worker_threads: list[str] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    rid_ok = workers.submit(work, ok, bad, pool)
    rid_bad = workers.submit(lambda: 1 / 0, ok, bad, pool)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen["ok"] == (rid_ok, 42, True)
    assert seen["bad"] == (rid_bad, "ZeroDivisionError", True)
    assert worker_threads and worker_threads[0] != threading.main_thread().name
    assert not workers.is_pending(rid_ok) and not workers.is_pending(rid_bad)


def test_many_tasks_each_report_once(qtbot, pool):
    results: list[int] = []
    for i in range(500):
        workers.submit(lambda i=i: i, lambda _rid, v: results.append(v), lambda _rid, e: results.append(-1), pool)
    qtbot.waitUntil(lambda: len(results) == 500)
    assert sorted(results) == list(range(500))


def test_no_callback_after_its_owner_is_deleted(qtbot, pool):
    import threading

    from PySide6.QtCore import QObject

    gate = threading.Event()
    calls: list[str] = []

    class Owner(QObject):
        def done(self, _rid: int, _value: object) -> None:
            calls.append("bound")

    owner = Owner()
    context = QObject()
    ids = [
        workers.submit(lambda: gate.wait(10), owner.done, lambda *_: calls.append("failed"), pool),
        workers.submit(
            lambda: gate.wait(10), lambda *_: calls.append("closure"), lambda *_: None, pool, context=context
        ),
    ]
    survivor = QObject()
    ids.append(
        workers.submit(lambda: gate.wait(10), lambda *_: calls.append("alive"), lambda *_: None, pool, context=survivor)
    )
    owner.deleteLater()
    context.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner) and not __import__("shiboken6").isValid(context))
    gate.set()
    qtbot.waitUntil(lambda: not any(workers.is_pending(i) for i in ids), timeout=10000)
    assert calls == ["alive"]


def test_slow_tasks_do_not_hold_up_others(qtbot):
    """On the app's own pool, two requests stuck on a slow server must not delay a third (Qt's
    global pool has only as many threads as cores: two on this machine)."""
    gate = threading.Event()
    done: list[str] = []
    for _ in range(2):
        workers.submit(lambda: gate.wait(10), lambda *_: done.append("slow"), lambda *_: done.append("slow failed"))
    workers.submit(lambda: "quick", lambda _rid, v: done.append(v), lambda *_: done.append("quick failed"))
    try:
        qtbot.waitUntil(lambda: done == ["quick"])
    finally:
        gate.set()
    qtbot.waitUntil(lambda: len(done) == 3 and workers.pending_count() == 0)
    assert workers.io_pool().maxThreadCount() >= 4
