"""The browsing controller: the only owner of where the window is.

The object model, the path bar, the window title, the saved window state and the details pane
all follow its one signal, `locationChanged`; none of them keeps a location of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from .location import Browsing, Location


class BrowsingController(QObject):
    locationChanged = Signal(object)  # the new Location

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._browsing = Browsing()

    @property
    def location(self) -> Location:
        return self._browsing.location

    @property
    def can_go_back(self) -> bool:
        return self._browsing.history.can_go_back

    @property
    def can_go_forward(self) -> bool:
        return self._browsing.history.can_go_forward

    def open_profile(self, profile: str) -> None:
        self._emit(self._browsing.open_profile(profile))

    def go(self, bucket: str, prefix: str = "", region: str | None = None) -> None:
        """A move the user made; going to the same place again (F5) is not a new visit."""
        self._emit(self._browsing.go(bucket, prefix, region))

    def learn_region(self, region: str) -> None:
        self._emit(self._browsing.learn_region(region))

    def back(self) -> bool:
        return self._moved(self._browsing.back())

    def forward(self) -> bool:
        return self._moved(self._browsing.forward())

    def remember(self, location: Location) -> None:
        self._browsing.remember(location)

    def forget_restore(self) -> None:
        self._browsing.forget_restore()

    def take_restore(self) -> Location | None:
        return self._browsing.take_restore()

    def _moved(self, target: Location | None) -> bool:
        if target is not None:
            self._emit(target)
        return target is not None

    def _emit(self, location: Location) -> None:
        self.locationChanged.emit(location)
