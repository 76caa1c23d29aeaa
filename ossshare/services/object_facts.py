"""Blocking look-ups the share dialog runs on workers: the object's versions and HEAD."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..oss.models import ObjectHead, ObjectVersion

if TYPE_CHECKING:  # the client pulls in requests: imported by whoever made it
    from ..oss.client import OssClient

MAX_PAGES = 20  # a key with more versions than this many pages is listed in part


def fetch_versions(client: OssClient, bucket: str, key: str) -> list[ObjectVersion]:
    """Every version of exactly `key`, newest first, delete markers included.

    Listing by prefix also returns longer keys (`a.txt` matches `a.txt.bak`); versions of `key`
    come first in key order, so paging stops once the marker has moved past it."""
    found: list[ObjectVersion] = []
    for page in islice(client.iter_version_pages(bucket, prefix=key), MAX_PAGES):
        found.extend(v for v in page.versions if v.key == key)
        if page.next_key_marker != key:
            break
    return found


def fetch_head(client: OssClient, bucket: str, key: str) -> ObjectHead:
    return client.head_object(bucket, key)
