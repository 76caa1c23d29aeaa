"""Guards for paged listings: a server's continuation tokens and markers are not trusted to end.

A marker that comes back (A, B, A, B) or a run of empty pages with fresh markers would page
for ever; PageGuard stops both with a ListingLoop error. The client's page iterators use it;
a caller paging by hand (a lazily scrolled view) can keep one per listing too.
"""

from __future__ import annotations

from collections.abc import Hashable

from .errors import ListingLoop

# OSS fills every page but the last; an empty page that still continues is rare (keys deleted
# while listing), and a hundred of them in a row is a server that will never finish.
MAX_EMPTY_PAGES = 100


class PageGuard:
    """Follows one listing's markers. Markers are kept as digests: a hostile server's long
    tokens cost 16 bytes each, however long the listing."""

    def __init__(self, host: str) -> None:
        self._host = host
        self._seen: set[bytes] = set()
        self._last = b""
        self._empty_run = 0
        self.pages = 0

    def follow(self, marker: Hashable | None, empty: bool) -> None:
        """Record a page that came back `empty` (or not) naming `marker` as the next one
        (None: the last page). Raises ListingLoop when the listing would not end."""
        self.pages += 1
        if marker is None:
            return
        self._empty_run = self._empty_run + 1 if empty else 0
        if self._empty_run >= MAX_EMPTY_PAGES:
            raise ListingLoop(
                self._host,
                f"the listing sent {self._empty_run} empty pages in a row without ending; the server is not "
                "paging as OSS does, so the listing was stopped",
            )
        import hashlib  # loads OpenSSL (~4 ms): at the second page, not when the window starts

        digest = hashlib.blake2b(repr(marker).encode("utf-8", "backslashreplace"), digest_size=16).digest()
        if digest in self._seen:
            where = "did not move past its last page marker" if digest == self._last else (
                "came back to a page marker it had already sent"
            )
            raise ListingLoop(
                self._host,
                f"after {self.pages} pages the listing {where}, so it would never end; the server is not "
                "paging as OSS does, so the listing was stopped",
            )
        self._seen.add(digest)
        self._last = digest
