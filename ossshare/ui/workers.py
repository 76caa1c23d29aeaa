"""Run blocking work (network, keyring) on a thread pool; results come back as signals.

Every task reports exactly once: `succeeded(request_id, result)` or `failed(request_id, error)`.
Receivers live on the GUI thread, so queued connections deliver there and models only ever
change on the GUI thread. The UI asks through `requests.Request`, which keeps only the
latest reply; `submit` is the layer under it.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

log = logging.getLogger(__name__)
_ids = itertools.count(1)
# The work is waiting on sockets and the keyring, not the CPU: Qt's global pool has only as many
# threads as cores (2 here), so one slow request would hold up every listing behind it.
IO_THREADS = 8
_io_pool: QThreadPool | None = None
# Signal carriers stay referenced until they have reported, so a queued signal never loses its sender.
_live: dict[int, TaskSignals] = {}
T = TypeVar("T")


class TaskSignals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, object)  # the exception instance


class Task(QRunnable):
    def __init__(self, fn: Callable[[], object], request_id: int) -> None:
        super().__init__()
        self.fn = fn
        self.request_id = request_id
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - a worker must always report
            log.debug("task %d failed: %s", self.request_id, type(exc).__name__)
            self._report(self.signals.failed, exc)
        else:
            self._report(self.signals.succeeded, result)

    def _report(self, signal: SignalInstance, value: object) -> None:
        # RuntimeError: the application is shutting down and took the carrier with it: nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self.request_id, value)


def submit(
    fn: Callable[[], T],
    on_success: Callable[[int, T], None],
    on_failure: Callable[[int, BaseException], None],
    pool: QThreadPool | None = None,
    context: QObject | None = None,
) -> int:
    """Run `fn()` off the GUI thread; returns the request id the callbacks will receive.

    A callback whose owner is gone is skipped, as a Qt connection to a deleted receiver is:
    the owner is `context` when given, else the QObject a bound-method callback belongs to
    (a dialog closed while its request was out)."""
    request_id = next(_ids)
    candidates = (context, getattr(on_success, "__self__", None), getattr(on_failure, "__self__", None))
    owners = [o for o in candidates if isinstance(o, QObject)]

    def alive() -> bool:
        return all(shiboken6.isValid(o) for o in owners)

    task = Task(fn, request_id)
    _live[request_id] = task.signals

    # The carrier is released only after the callback ran: dropping it first would destroy the
    # sender, and Qt discards queued calls whose sender is gone (no callback would ever run).
    def succeeded(rid: int, result: T) -> None:
        try:
            if alive():
                on_success(rid, result)
        finally:
            _live.pop(rid, None)

    def failed(rid: int, error: BaseException) -> None:
        try:
            if alive():
                on_failure(rid, error)
        finally:
            _live.pop(rid, None)

    task.signals.succeeded.connect(succeeded)
    task.signals.failed.connect(failed)
    (pool or io_pool()).start(task)
    return request_id


def io_pool() -> QThreadPool:
    """The pool tasks run on unless told otherwise; made on first use, not at import."""
    global _io_pool
    if _io_pool is None:
        _io_pool = QThreadPool()
        _io_pool.setMaxThreadCount(IO_THREADS)
        _io_pool.setObjectName("ossshare-io")
    return _io_pool


def is_pending(request_id: int) -> bool:
    """The task has not reported yet (its callbacks, if any, are still to run)."""
    return request_id in _live


def pending_count() -> int:
    """Tasks that have not reported yet (tests wait for zero before tearing down)."""
    return len(_live)
