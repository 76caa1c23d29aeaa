"""Back and forward through the places visited in the window (bucket, prefix), as a file
manager keeps them. Plain Python: the window decides when a move counts as a visit."""

from __future__ import annotations

Place = tuple[str, str]  # bucket, prefix


class History:
    def __init__(self) -> None:
        self._places: list[Place] = []
        self._at = -1

    def visit(self, place: Place) -> None:
        """A move the user made (not Back or Forward): later places are forgotten."""
        if self._at >= 0 and self._places[self._at] == place:
            return  # a refresh, or the same place again
        del self._places[self._at + 1 :]
        self._places.append(place)
        self._at = len(self._places) - 1

    @property
    def can_go_back(self) -> bool:
        return self._at > 0

    @property
    def can_go_forward(self) -> bool:
        return self._at < len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_go_back:
            return None
        self._at -= 1
        return self._places[self._at]

    def forward(self) -> Place | None:
        if not self.can_go_forward:
            return None
        self._at += 1
        return self._places[self._at]

    def clear(self) -> None:
        self._places, self._at = [], -1
