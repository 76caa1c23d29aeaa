"""OSS XML bodies into records. Pure functions over bytes; no I/O.

Listings are requested with `encoding-type=url`, so OSS percent-encodes keys and prefixes
(a space is `%20`, a `+` is `%2B`); they are decoded with `unquote`, never `unquote_plus`,
which would turn a literal `+` into a space. Decoding follows the response's own
`EncodingType`, as the official SDK does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import unquote

from .models import BucketInfo, BucketPage, ObjectEntry, ObjectPage, ObjectVersion, VersionPage


class XmlError(ValueError):
    """The body is not the XML this operation answers with."""


def _root(body: bytes, expected: str) -> ET.Element:
    if not body.strip():
        raise XmlError(f"expected a <{expected}> document, got an empty body")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise XmlError(f"malformed XML ({exc})") from None
    if root.tag.startswith("{"):  # tolerate a namespace: compare local names only
        for el in root.iter():
            el.tag = el.tag.rpartition("}")[2]
    if root.tag != expected:
        raise XmlError(f"expected a <{expected}> document, got <{root.tag}>")
    return root


def _text(parent: ET.Element, tag: str, default: str | None = None) -> str | None:
    el = parent.find(tag)
    if el is None:
        return default
    return el.text or ""


def _required(parent: ET.Element, tag: str) -> str:
    value = _text(parent, tag)
    if value is None:
        raise XmlError(f"<{parent.tag}> has no <{tag}>")
    return value


def _int(parent: ET.Element, tag: str, default: int | None = None) -> int:
    value = _text(parent, tag)
    if value is None or value == "":
        if default is None:
            raise XmlError(f"<{parent.tag}> has no <{tag}>")
        return default
    try:
        return int(value)
    except ValueError:
        raise XmlError(f"<{tag}> is not a number: {value[:40]!r}") from None


def _bool(parent: ET.Element, tag: str) -> bool:
    return (_text(parent, tag) or "").strip().lower() == "true"


def parse_time(value: str) -> datetime:
    """An ISO 8601 time as OSS writes it (`2024-05-18T05:45:54.000Z`), as aware UTC."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise XmlError(f"not a date: {value[:40]!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _time(parent: ET.Element, tag: str) -> datetime:
    return parse_time(_required(parent, tag))


def _optional_time(parent: ET.Element, tag: str) -> datetime | None:
    value = _text(parent, tag)
    return parse_time(value) if value else None


def region_of_location(location: str) -> str:
    """`oss-cn-hangzhou` -> `cn-hangzhou`."""
    location = location.strip()
    return location[4:] if location.startswith("oss-") else location


def _same(text: str) -> str:
    return text


def _decoder(root: ET.Element) -> Callable[[str], str]:
    if (_text(root, "EncodingType") or "").strip().lower() == "url":
        return unquote
    return _same


def parse_error(body: bytes) -> dict[str, str]:
    """The fields of an `<Error>` body (Code, Message, RequestId, HostId, EC, ...); empty if
    the body is not one. Never raises: an unreadable error body still leaves the HTTP status."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return {}
    if root.tag.rpartition("}")[2] != "Error":
        return {}
    return {child.tag.rpartition("}")[2]: (child.text or "").strip() for child in root}


def _bucket(el: ET.Element) -> BucketInfo:
    region = _text(el, "Region") or region_of_location(_text(el, "Location") or "")
    return BucketInfo(
        name=_required(el, "Name"),
        region=region,
        creation_date=_optional_time(el, "CreationDate"),
        storage_class=_text(el, "StorageClass") or None,
        extranet_endpoint=_text(el, "ExtranetEndpoint") or None,
        intranet_endpoint=_text(el, "IntranetEndpoint") or None,
    )


def parse_bucket_page(body: bytes) -> BucketPage:
    root = _root(body, "ListAllMyBucketsResult")
    holder = root.find("Buckets")
    buckets = tuple(_bucket(el) for el in holder.findall("Bucket")) if holder is not None else ()
    next_marker = None
    if _bool(root, "IsTruncated"):
        next_marker = _text(root, "NextMarker") or None
        if next_marker is None:
            raise XmlError("the bucket list says it continues but gives no NextMarker")
    return BucketPage(buckets=buckets, next_marker=next_marker)


def parse_bucket_info(body: bytes) -> BucketInfo:
    root = _root(body, "BucketInfo")
    bucket = root.find("Bucket")
    if bucket is None:
        raise XmlError("<BucketInfo> has no <Bucket>")
    return _bucket(bucket)


def parse_location(body: bytes) -> str:
    """GetBucketLocation: `<LocationConstraint>oss-cn-hangzhou</LocationConstraint>` -> region id."""
    root = _root(body, "LocationConstraint")
    region = region_of_location(root.text or "")
    if not region:
        raise XmlError("<LocationConstraint> is empty")
    return region


def _prefixes(root: ET.Element, decode: Callable[[str], str]) -> tuple[str, ...]:
    out = []
    for cp in root.iterfind("CommonPrefixes"):
        for p in cp.iterfind("Prefix"):  # OSS writes one per element; tolerate several
            out.append(decode(p.text or ""))
    return tuple(out)


def _entry(el: ET.Element, decode: Callable[[str], str]) -> ObjectEntry:
    # One pass over the children (a page has 1,000 of these; find() per field costs double).
    f = {child.tag: child.text or "" for child in el}
    try:
        key, size, modified = f["Key"], f["Size"], f["LastModified"]
    except KeyError as exc:
        raise XmlError(f"<Contents> has no <{exc.args[0]}>") from None
    try:
        size_ = int(size)
    except ValueError:
        raise XmlError(f"<Size> is not a number: {size[:40]!r}") from None
    return ObjectEntry(
        key=decode(key),
        size=size_,
        last_modified=parse_time(modified),
        etag=f.get("ETag", ""),
        storage_class=f.get("StorageClass") or "Standard",
    )


def parse_object_page(body: bytes) -> ObjectPage:
    """A ListObjectsV2 `<ListBucketResult>`."""
    root = _root(body, "ListBucketResult")
    decode = _decoder(root)
    objects = [_entry(el, decode) for el in root if el.tag == "Contents"]
    prefixes = _prefixes(root, decode)
    next_token = None
    if _bool(root, "IsTruncated"):
        token = _text(root, "NextContinuationToken")
        if not token:
            raise XmlError("the listing says it continues but gives no NextContinuationToken")
        next_token = decode(token)
    return ObjectPage(
        prefix=decode(_text(root, "Prefix") or ""),
        objects=tuple(objects),
        prefixes=prefixes,
        next_token=next_token,
        key_count=_int(root, "KeyCount", len(objects) + len(prefixes)),
    )


def parse_version_page(body: bytes) -> VersionPage:
    """A ListObjectVersions `<ListVersionsResult>`; versions and delete markers keep the
    server's order (by key, newest first)."""
    root = _root(body, "ListVersionsResult")
    decode = _decoder(root)
    versions = []
    for el in root:
        if el.tag not in ("Version", "DeleteMarker"):
            continue
        marker = el.tag == "DeleteMarker"
        versions.append(
            ObjectVersion(
                key=decode(_required(el, "Key")),
                version_id=_required(el, "VersionId"),
                is_latest=_bool(el, "IsLatest"),
                is_delete_marker=marker,
                last_modified=_time(el, "LastModified"),
                size=0 if marker else _int(el, "Size", 0),
                etag="" if marker else _text(el, "ETag") or "",
                storage_class="" if marker else _text(el, "StorageClass") or "",
            )
        )
    next_key = next_version = None
    if _bool(root, "IsTruncated"):
        next_key = decode(_text(root, "NextKeyMarker") or "") or None
        next_version = _text(root, "NextVersionIdMarker") or None
        if next_key is None:
            raise XmlError("the version list says it continues but gives no NextKeyMarker")
    return VersionPage(
        versions=tuple(versions),
        prefixes=_prefixes(root, decode),
        next_key_marker=next_key,
        next_version_id_marker=next_version,
    )
