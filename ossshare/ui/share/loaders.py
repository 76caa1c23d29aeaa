"""Blocking look-ups the dialog runs on workers (no Qt): the object's versions and HEAD."""

from __future__ import annotations

from typing import Any

from ...oss.models import ObjectHead, ObjectVersion

MAX_PAGES = 20  # a key with more versions than this many pages is listed in part


def fetch_versions(client: Any, bucket: str, key: str) -> list[ObjectVersion]:
    """Every version of exactly `key`, newest first, delete markers included.

    Listing by prefix also returns longer keys (`a.txt` matches `a.txt.bak`); versions of `key`
    come first in key order, so paging stops once the marker has moved past it."""
    found: list[ObjectVersion] = []
    key_marker: str | None = None
    version_marker: str | None = None
    for _ in range(MAX_PAGES):
        page = client.list_versions(bucket, prefix=key, key_marker=key_marker, version_id_marker=version_marker)
        found.extend(v for v in page.versions if v.key == key)
        if not page.next_key_marker or page.next_key_marker != key:
            break
        key_marker, version_marker = page.next_key_marker, page.next_version_id_marker
    return found


def fetch_head(client: Any, bucket: str, key: str) -> ObjectHead:
    return client.head_object(bucket, key)
