"""Long work that reports as it goes: listing and signing a folder, writing a QR sheet.

`Request` fits one question with one answer; a folder of 100,000 keys needs a running count,
rows shown as they are made, a question at 10,000 objects and Cancel. A ProgressJob runs its
work on a thread of its own and hands each report to the GUI thread through a queued signal,
so the owner's models change only there. Every signal carries the job, so an owner that has
started a newer one ignores what an older one still sends.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Cancelled(Exception):
    """The owner cancelled: the work stops where it is."""


class ProgressJob(QObject):
    reported = Signal(object, object)  # job, what the work reports (a chunk of rows, a count)
    asked = Signal(object, object)  # job, a question the work waits on: answer() it
    finished = Signal(object, object)  # job, the work's value
    failed = Signal(object, object)  # job, the exception

    def __init__(self, work: Callable[[ProgressJob], Any]) -> None:
        super().__init__()  # no parent: the thread keeps it alive until it has reported
        self._work = work
        self._cancel = threading.Event()
        self._answered = threading.Event()
        self._go_on = False
        self._thread = threading.Thread(target=self._run, name="ossshare-batch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self._answered.set()  # a question still open is answered "stop"

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """The thread has ended (benchmarks and tests; the window never blocks on it)."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    # --- called by the work, on its thread ---------------------------------------------
    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, value: object) -> None:
        self.check()
        self._emit(self.reported, value)

    def ask(self, question: object) -> None:
        """Wait for the owner's answer to `question`; Cancelled unless it says go on."""
        self._answered.clear()
        self.check()  # a cancel that came before the clear must not leave the wait hanging
        self._emit(self.asked, question)
        self._answered.wait()
        if not self._go_on or self._cancel.is_set():
            raise Cancelled

    # --- called by the owner, on the GUI thread ----------------------------------------
    def answer(self, go_on: bool) -> None:
        self._go_on = go_on
        self._answered.set()

    def _run(self) -> None:
        try:
            value = self._work(self)
        except Cancelled:
            return
        except Exception as exc:  # noqa: BLE001 - reported to the owner, who presents it
            self._emit(self.failed, exc)
            return
        if not self._cancel.is_set():
            self._emit(self.finished, value)

    def _emit(self, signal: Any, value: object) -> None:
        # RuntimeError: the application is shutting down and Qt is gone: nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(self, value)
