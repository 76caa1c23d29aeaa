"""What the Links window asks of the ledger and of OSS, run on worker threads (no Qt here).

Each call opens the ledger itself: an sqlite3 connection belongs to the thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ...services.ledger import Ledger, LedgerEntry, LinkSpec, SignedAgain, Status, sign_again

if TYPE_CHECKING:
    from ..connection import Connection


class ProfileUnavailable(Exception):
    """The link was made with a profile that is not saved here (the demo of another run, one
    removed since): nothing can sign it again."""

    def __init__(self, profile: str | None) -> None:
        super().__init__(profile or "")
        self.profile = profile


# The connection for a profile name (the window's own when it matches); blocking.
Connections = Callable[[str | None], "Connection"]


class Found(Enum):
    GONE = "gone"  # no such object (or version) any more: the link answers 404
    REPLACED = "replaced"  # another object under the same name: the link serves the new content
    SAME = "same"  # the ETag recorded when the link was made
    EXISTS = "exists"  # there, but no ETag was recorded to compare with


@dataclass(frozen=True)
class ObjectCheck:
    found: Found
    token_expiration: datetime | None  # the signing STS token's expiry, when the profile has one


def load(path: Path | None, status: Status, bucket: str | None, text: str | None, now: datetime) -> list[LedgerEntry]:
    with Ledger(path) as ledger:
        return list(ledger.entries(status, now=now, bucket=bucket or None, text=text or None))


def forget(path: Path | None, ids: list[int]) -> int:
    with Ledger(path) as ledger:
        return ledger.forget(ids)


def copy_again(connections: Connections, spec: LinkSpec, now: datetime) -> SignedAgain:
    """The same link again: signed now, ending at the recorded instant."""
    return sign_again(spec, connections(spec.profile).account, now=now)


def renew(
    connections: Connections, path: Path | None, spec: LinkSpec, now: datetime, expiration: datetime, record: bool
) -> SignedAgain:
    """A new link for the same object and options, ending at `expiration`; recorded as a link of its own."""
    again = sign_again(spec, connections(spec.profile).account, now=now, expiration=expiration)
    if record:
        with Ledger(path) as ledger:
            ledger.record([replace(spec, expiration=again.result.expiration)])
    return again


def check_object(connections: Connections, entry: LedgerEntry) -> ObjectCheck:
    """HEAD the object (the version the link names, if any) and compare with what was recorded."""
    from ...oss.errors import OssError  # requests: loaded only when a check is asked for

    connection = connections(entry.spec.profile)
    request = entry.spec.request
    client = connection.client_for(entry.spec.region, request.bucket)
    token = connection.account.token_expiration
    try:
        head = client.head_object(request.bucket, request.key, request.version_id)
    except OssError as exc:
        if exc.status == 404:
            return ObjectCheck(Found.GONE, token)
        raise
    if entry.etag is None:
        return ObjectCheck(Found.EXISTS, token)
    return ObjectCheck(Found.SAME if head.etag == entry.etag else Found.REPLACED, token)
