"""The request helper: only the latest reply counts, failures reach err, a deleted owner hears nothing."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread

from ossshare.ui import workers
from ossshare.ui.requests import Request


@pytest.fixture(autouse=True)
def drained(qtbot):
    yield
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=10000)


def test_a_stale_reply_is_dropped_and_the_latest_delivered(qtbot):
    owner = QObject()
    got: list[str] = []
    dropped: list[str] = []
    request = Request[str](owner, got.append, lambda e: got.append(f"error {e}"), dropped=dropped.append)
    slow = threading.Event()

    def first() -> str:
        slow.wait(10)
        return "first"

    request.submit(first)
    request.submit(lambda: "second")
    assert request.busy
    qtbot.waitUntil(lambda: got == ["second"])
    assert not request.busy
    slow.set()
    qtbot.waitUntil(lambda: dropped == ["first"])  # the stale value goes to `dropped`, not `ok`
    assert got == ["second"]


def test_a_failure_reaches_err_on_the_gui_thread(qtbot):
    owner = QObject()
    errors: list[tuple[str, bool]] = []
    gui = QThread.currentThread()

    def fail() -> int:
        raise ValueError("no such thing")

    def err(error: BaseException) -> None:
        errors.append((str(error), QThread.currentThread() is gui))

    request = Request[int](owner, lambda _v: errors.append(("ok?", False)), err)
    request.submit(fail)
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == [("no such thing", True)]
    assert not request.busy


def test_a_stale_failure_is_dropped(qtbot):
    owner = QObject()
    seen: list[object] = []
    gate = threading.Event()

    def fail_late() -> int:
        gate.wait(10)
        raise RuntimeError("late")

    request = Request[int](owner, seen.append, seen.append)
    request.submit(fail_late)
    request.submit(lambda: 7)
    qtbot.waitUntil(lambda: seen == [7])
    gate.set()
    qtbot.waitUntil(lambda: workers.pending_count() == 0)
    assert seen == [7]


def test_cancel_drops_the_reply_on_its_way(qtbot):
    owner = QObject()
    seen: list[object] = []
    dropped: list[int] = []
    request = Request[int](owner, seen.append, seen.append, dropped=dropped.append)
    gate = threading.Event()
    request.submit(lambda: gate.wait(10) and 1)
    request.cancel()
    assert not request.busy
    gate.set()
    qtbot.waitUntil(lambda: dropped == [1])
    assert seen == []


def test_a_reply_after_the_owner_was_deleted_does_nothing(qtbot):
    owner = QObject()
    seen: list[object] = []
    gate = threading.Event()
    request = Request[int](owner, seen.append, seen.append, dropped=seen.append)
    request.submit(lambda: gate.wait(10) and 1)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    gate.set()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=10000)
    assert seen == []
