"""What the OSS API returns, as small immutable records (no Qt, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# Storage classes whose objects can be downloaded only once restored.
ARCHIVE_CLASSES = frozenset({"Archive", "ColdArchive", "DeepColdArchive"})


@dataclass(frozen=True, slots=True)
class BucketInfo:
    name: str
    region: str  # e.g. "cn-hangzhou" (from the Location "oss-cn-hangzhou", prefix removed)
    creation_date: datetime | None = None
    storage_class: str | None = None
    extranet_endpoint: str | None = None
    intranet_endpoint: str | None = None


@dataclass(frozen=True, slots=True)
class BucketPage:
    buckets: tuple[BucketInfo, ...]
    next_marker: str | None  # None when this is the last page

    @property
    def is_empty(self) -> bool:
        return not self.buckets


@dataclass(frozen=True, slots=True)
class ObjectEntry:
    key: str  # always decoded, even when listed with encoding-type=url
    size: int
    last_modified: datetime  # timezone-aware, UTC
    etag: str
    storage_class: str = "Standard"


@dataclass(frozen=True, slots=True)
class ObjectPage:
    """One ListObjectsV2 page: objects and common prefixes ("folders") of one level."""

    prefix: str
    objects: tuple[ObjectEntry, ...]
    prefixes: tuple[str, ...]  # decoded, each ends with the delimiter
    next_token: str | None  # continuation token; None when this is the last page
    key_count: int = 0

    @property
    def is_empty(self) -> bool:
        return not self.objects and not self.prefixes


@dataclass(frozen=True, slots=True)
class ObjectVersion:
    key: str
    version_id: str
    is_latest: bool
    is_delete_marker: bool
    last_modified: datetime
    size: int = 0
    etag: str = ""
    storage_class: str = ""


@dataclass(frozen=True, slots=True)
class VersionPage:
    versions: tuple[ObjectVersion, ...]  # delete markers included, newest first per key
    prefixes: tuple[str, ...]
    next_key_marker: str | None
    next_version_id_marker: str | None

    @property
    def is_empty(self) -> bool:
        return not self.versions and not self.prefixes


@dataclass(frozen=True, slots=True)
class ObjectHead:
    key: str
    size: int
    etag: str
    content_type: str
    last_modified: datetime
    version_id: str | None = None
    storage_class: str = "Standard"
    restore: str | None = None  # x-oss-restore, e.g. 'ongoing-request="false", expiry-date="..."'
    object_type: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def needs_restore(self) -> bool:
        """Archive-class objects can only be downloaded once restored."""
        cold = self.storage_class in ARCHIVE_CLASSES
        return cold and (self.restore is None or 'ongoing-request="true"' in self.restore)
