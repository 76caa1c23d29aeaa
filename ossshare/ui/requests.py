"""Only the latest reply counts: the one way the UI runs blocking work (network, keyring).

A `Request` stands for one kind of question an owner asks again and again (list this folder,
HEAD this object, open this profile). `submit(work)` runs `work()` on the worker pool; its
value reaches `ok`, its exception `err`, both on the GUI thread, and only if no newer
submit() or cancel() came in the meantime and the owner still exists. A reply nobody waits
for any more goes to `dropped` (a connection to close), or nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject

from . import workers

T = TypeVar("T")


class Request(Generic[T]):
    def __init__(
        self,
        owner: QObject,
        ok: Callable[[T], None],
        err: Callable[[BaseException], None],
        *,
        dropped: Callable[[T], None] | None = None,
    ) -> None:
        self._owner = owner
        self._ok = ok
        self._err = err
        self._dropped = dropped
        self._pending: int | None = None

    @property
    def busy(self) -> bool:
        """A reply is awaited."""
        return self._pending is not None

    def submit(self, work: Callable[[], T]) -> None:
        """Ask again: whatever reply an earlier submit() is still waiting for will be dropped."""
        self._pending = workers.submit(work, self._succeeded, self._failed, context=self._owner)

    def cancel(self) -> None:
        """The owner moved on: the reply on its way is not wanted."""
        self._pending = None

    def _succeeded(self, request_id: int, value: T) -> None:
        if request_id != self._pending:
            if self._dropped is not None:
                self._dropped(value)
            return
        self._pending = None
        self._ok(value)

    def _failed(self, request_id: int, error: BaseException) -> None:
        if request_id != self._pending:
            return
        self._pending = None
        self._err(error)
