"""Where the window is, as plain Python: the Location, Back/Forward history and the place to
restore at start-up. The controller wraps this in a QObject; everything else asks it."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Location:
    profile: str = ""  # Choice.key of the profile browsed; "" before any is open
    bucket: str = ""  # "": the bucket list, no bucket open
    prefix: str = ""  # the folder, ending with "/" ("" for the bucket's top)
    region: str | None = None  # the bucket's region, once known

    @property
    def place(self) -> tuple[str, str, str]:
        """What a visit is about: the same place with its region learnt is not a new visit."""
        return self.profile, self.bucket, self.prefix

    @property
    def parent_prefix(self) -> str:
        return parent_prefix(self.prefix)


def parent_prefix(prefix: str) -> str:
    trimmed = prefix.rstrip("/")
    return trimmed.rsplit("/", 1)[0] + "/" if "/" in trimmed else ""


class History:
    """Back and forward through the places visited, as a file manager keeps them."""

    def __init__(self) -> None:
        self._places: list[Location] = []
        self._at = -1

    def visit(self, location: Location) -> None:
        """A move the user made (not Back or Forward): later places are forgotten."""
        if self._at >= 0 and self._places[self._at].place == location.place:
            self._places[self._at] = location  # a refresh, or the same place again
            return
        del self._places[self._at + 1 :]
        self._places.append(location)
        self._at = len(self._places) - 1

    @property
    def can_go_back(self) -> bool:
        return self._at > 0

    @property
    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self) -> Location | None:
        if not self.can_go_back:
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Location | None:
        if not self.can_go_forward:
            return None
        self._at += 1
        return self._places[self._at]

    def clear(self) -> None:
        self._places, self._at = [], -1


class Browsing:
    """The one record of where the window is. Every change returns the new Location."""

    def __init__(self) -> None:
        self.location = Location()
        self.history = History()
        self._restore: Location | None = None

    def open_profile(self, profile: str) -> Location:
        """A profile was opened: its bucket list, and no history (places of another account)."""
        self.history.clear()
        self.location = Location(profile)
        return self.location

    def go(self, bucket: str, prefix: str = "", region: str | None = None) -> Location:
        """A move the user made, within the open profile."""
        self.location = Location(self.location.profile, bucket, prefix, region)
        self.history.visit(self.location)
        return self.location

    def learn_region(self, region: str) -> Location:
        """The open bucket's region arrived: same place, now listable."""
        self.location = replace(self.location, region=region)
        self.history.visit(self.location)
        return self.location

    def back(self) -> Location | None:
        target = self.history.back()
        if target is not None:
            self.location = target
        return target

    def forward(self) -> Location | None:
        target = self.history.forward()
        if target is not None:
            self.location = target
        return target

    def remember(self, location: Location) -> None:
        """The place to go back to once `location.profile` is open again (the last session's)."""
        self._restore = location if location.bucket else None

    def forget_restore(self) -> None:
        self._restore = None

    def take_restore(self) -> Location | None:
        """The remembered place, if it belongs to the profile open now; asked once."""
        restore, self._restore = self._restore, None
        if restore is None or restore.profile != self.location.profile:
            return None
        return restore
