"""Every object under a prefix, filtered by glob patterns: what "share a folder" signs.

A generator over listing pages, so the caller sees objects as pages arrive, counts them, and
cancels by no longer iterating (no page beyond the current one is asked for).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fnmatch import fnmatchcase

from ..oss.client import OssClient
from ..oss.models import ObjectEntry


def wanted(name: str, include: Sequence[str] = (), exclude: Sequence[str] = ()) -> bool:
    """`name` (the key below the folder) matches an include pattern, if any are given, and no
    exclude pattern. Patterns are fnmatch globs, case-sensitive; `*` also matches '/'."""
    if include and not any(fnmatchcase(name, g) for g in include):
        return False
    return not any(fnmatchcase(name, g) for g in exclude)


def folder_objects(
    client: OssClient,
    bucket: str,
    prefix: str,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    page_size: int = 1000,
    *,
    markers: bool = False,
) -> Iterator[ObjectEntry]:
    """Objects under `prefix` at every depth, in key order; folder markers (keys ending in
    '/', which hold nothing anyone wants a link to) left out unless `markers`."""
    for objects in folder_pages(client, bucket, prefix, include, exclude, page_size, markers=markers):
        yield from objects


def folder_pages(
    client: OssClient,
    bucket: str,
    prefix: str,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    page_size: int = 1000,
    *,
    markers: bool = False,
) -> Iterator[list[ObjectEntry]]:
    """folder_objects() a listing page at a time (a page may be empty once filtered), for a
    caller that shows each page's objects before waiting for the next page."""
    for page in client.iter_object_pages(bucket, prefix, "", page_size):
        yield [
            obj
            for obj in page.objects
            if (markers or not obj.key.endswith("/")) and wanted(obj.key[len(prefix) :], include, exclude)
        ]
