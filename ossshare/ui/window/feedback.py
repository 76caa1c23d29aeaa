"""What the window tells the person: errors in the banner (with Retry and Edit profile when
they help), the counts and progress in the status bar, and the clock skew OSS reveals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.errors import Action
from ...oss.errors import NetworkError, ResponseError
from ..connection import Choice
from ..problems import present, sentences
from ..widgets.wording import capitalized

if TYPE_CHECKING:
    from ...oss.client import OssClient
    from ..main_window import MainWindow


class Feedback(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._retry: Callable[[], None] | None = None

    def show_error(
        self,
        error: BaseException,
        *,
        retry: Callable[[], None] | None = None,
        profile: Choice | None = None,
        hint: str = "",
    ) -> None:
        """Show `error` in the banner, with `hint` after its message. Retry is offered when
        `retry` is given and asking again may help; Edit profile when the profile is at fault,
        and it edits `profile` (default: the one in use)."""
        problem = present(error)
        self._retry = retry
        self._w.profiles.edit_target = profile
        can_retry = retry is not None and Action.RETRY in problem.actions
        if can_retry and Action.UNLOCK_KEYRING in problem.actions:
            hint = sentences(hint, self.tr("Unlock the keyring, then press Retry"))
        # No answer at all (a host that does not resolve, a refused or silent connection) may
        # be the profile's endpoint at fault as much as the network.
        unreachable = isinstance(error, NetworkError) and not isinstance(error, ResponseError)
        editable = profile.kind == "profile" if profile is not None else self._using_a_profile()
        self._w.banner.show_text(
            problem.title,
            sentences(capitalized(problem.message), hint),
            retry=can_retry,
            edit_profile=(Action.EDIT_PROFILE in problem.actions or unreachable) and editable,
        )
        self.update_counts()

    def _using_a_profile(self) -> bool:
        connection = self._w.connection
        return connection is None or connection.choice.kind == "profile"

    def retry(self) -> None:
        action, self._retry = self._retry, None
        self._w.banner.dismiss()
        if action is not None:
            action()

    def loading_changed(self, *_args: object) -> None:
        w = self._w
        w.status.set_loading(w.objects.loading or w.buckets.loading or w.profiles.connecting)
        self.update_counts()

    def note_skew(self, client: OssClient | None) -> None:
        self._w.status.set_skew(client.clock_skew if client is not None else None)

    def update_counts(self, *_args: object) -> None:
        w = self._w
        if w.connection is None or w.profiles.connecting:
            return
        location = w.controller.location
        if not location.bucket:
            if w.buckets.loading:  # the count so far may be the previous profile's
                w.status.set_message(self.tr("Listing buckets…"))
            elif w.buckets.error is not None and not w.buckets.rowCount():
                w.status.set_message(self.tr("Buckets could not be listed"))  # not "0 buckets": the banner says why
            else:
                w.status.set_buckets(w.buckets.rowCount())
            return
        objects = w.objects
        if objects.error is not None and not objects.rowCount():
            w.status.set_message(self.tr("This folder could not be listed"))
            return
        if objects.loading and not objects.rowCount():
            # No count yet: "0 objects" would claim the folder is empty.
            w.status.set_message(self.tr("Listing oss://{0}/{1}…").format(location.bucket, location.prefix))
            return
        filtered = bool(w.proxy.filterRegularExpression().pattern())
        w.status.set_counts(
            objects.folder_count,
            objects.object_count,
            complete=objects.complete,
            shown=w.proxy.rowCount() if filtered else None,
            stopped=objects.error is not None,
            can_retry=objects.error is not None and Action.RETRY in present(objects.error).actions,
        )
