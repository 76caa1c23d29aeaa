"""XML bodies the sandbox answers with: element names and layout as real OSS writes them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from ..core.percent import encode
from .store import BucketState, ListPage, StoredVersion

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
OWNER_ID = "1234567890123456"


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def el(name: str, value: object) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def _enc(text: str, url: bool) -> str:
    """With encoding-type=url, names are percent-encoded (UTF-8) as OSS does."""
    return encode(text) if url else text


def _owner() -> str:
    return f"<Owner>{el('ID', OWNER_ID)}{el('DisplayName', OWNER_ID)}</Owner>"


def error(code: str, message: str, request_id: str, host_id: str, fields: dict[str, str], ec: str = "") -> bytes:
    parts = [el("Code", code), el("Message", message), el("RequestId", request_id), el("HostId", host_id)]
    parts += [el(k, v) for k, v in fields.items()]
    if ec:  # last, as OSS writes them
        parts += [el("EC", ec), el("RecommendDoc", f"https://api.aliyun.com/troubleshoot?q={ec}")]
    return (HEADER + "<Error>\n  " + "\n  ".join(parts) + "\n</Error>\n").encode()


def _bucket_fields(b: BucketState) -> str:
    region = b.region
    return (
        el("CreationDate", iso(b.created))
        + el("ExtranetEndpoint", f"oss-{region}.aliyuncs.com")
        + el("IntranetEndpoint", f"oss-{region}-internal.aliyuncs.com")
        + el("Location", f"oss-{region}")
        + el("Name", b.name)
        + el("Region", region)
        + el("StorageClass", b.storage_class)
    )


def list_buckets(
    buckets: Iterable[BucketState], prefix: str, marker: str, max_keys: int, truncated: bool
) -> bytes:
    items = list(buckets)
    head = ""
    if prefix:
        head += el("Prefix", prefix)
    if marker:
        head += el("Marker", marker)
    head += el("MaxKeys", max_keys) + el("IsTruncated", str(truncated).lower())
    if truncated and items:
        head += el("NextMarker", items[-1].name)
    body = "<Buckets>" + "".join(f"<Bucket>{_bucket_fields(b)}</Bucket>" for b in items) + "</Buckets>"
    return (HEADER + f"<ListAllMyBucketsResult>{head}{_owner()}{body}</ListAllMyBucketsResult>").encode()


def bucket_info(b: BucketState) -> bytes:
    acl = "<AccessControlList><Grant>private</Grant></AccessControlList>"
    extra = (
        el("DataRedundancyType", "LRS")
        + el("Versioning", "Enabled")
        + el("TransferAcceleration", "Disabled")
        + el("CrossRegionReplication", "Disabled")
    )
    return (HEADER + f"<BucketInfo><Bucket>{acl}{_bucket_fields(b)}{_owner()}{extra}</Bucket></BucketInfo>").encode()


def location(region: str) -> bytes:
    return (HEADER + el("LocationConstraint", f"oss-{region}")).encode()


def _object_fields(v: StoredVersion, url: bool, *, key: bool = True) -> str:
    out = el("Key", _enc(v.key, url)) if key else ""
    out += (
        el("LastModified", iso(v.last_modified))
        + el("ETag", v.etag)
        + el("Type", "Normal")
        + el("Size", v.size)
        + el("StorageClass", v.storage_class)
    )
    if v.restore == "ongoing":
        out += el("RestoreInfo", 'ongoing-request="true"')
    elif v.restore == "restored":
        out += el("RestoreInfo", 'ongoing-request="false"')
    return out


def _prefixes(page: ListPage, url: bool) -> str:
    return "".join(
        f"<CommonPrefixes>{el('Prefix', _enc(p, url))}</CommonPrefixes>" for p in page.items if isinstance(p, str)
    )


def list_objects_v2(
    bucket: str,
    page: ListPage,
    *,
    prefix: str,
    delimiter: str,
    max_keys: int,
    start_after: str,
    token: str,
    next_token: str,
    url: bool,
) -> bytes:
    head = el("Name", bucket) + el("Prefix", _enc(prefix, url))
    if start_after:
        head += el("StartAfter", _enc(start_after, url))
    if token:
        head += el("ContinuationToken", _enc(token, url))
    head += el("MaxKeys", max_keys)
    if delimiter:
        head += el("Delimiter", _enc(delimiter, url))
    if url:
        head += el("EncodingType", "url")
    head += el("IsTruncated", str(page.truncated).lower())
    head += el("KeyCount", len(page.items))
    if page.truncated:
        head += el("NextContinuationToken", _enc(next_token, url))
    contents = "".join(
        f"<Contents>{_object_fields(v, url)}</Contents>" for v in page.items if not isinstance(v, str)
    )
    return (HEADER + f"<ListBucketResult>{head}{contents}{_prefixes(page, url)}</ListBucketResult>").encode()


def list_objects_v1(
    bucket: str, page: ListPage, *, prefix: str, delimiter: str, max_keys: int, marker: str, url: bool
) -> bytes:
    head = el("Name", bucket) + el("Prefix", _enc(prefix, url)) + el("Marker", _enc(marker, url))
    head += el("MaxKeys", max_keys)
    if delimiter:
        head += el("Delimiter", _enc(delimiter, url))
    if url:
        head += el("EncodingType", "url")
    head += el("IsTruncated", str(page.truncated).lower())
    if page.truncated:
        head += el("NextMarker", _enc(page.next_marker, url))
    contents = "".join(
        f"<Contents>{_object_fields(v, url)}{_owner()}</Contents>" for v in page.items if not isinstance(v, str)
    )
    return (HEADER + f"<ListBucketResult>{head}{contents}{_prefixes(page, url)}</ListBucketResult>").encode()


def list_versions(
    bucket: str,
    page: ListPage,
    *,
    prefix: str,
    delimiter: str,
    max_keys: int,
    key_marker: str,
    version_marker: str,
    latest: dict[str, str],
    url: bool,
) -> bytes:
    """`latest` maps each listed key to its newest version id (for IsLatest)."""
    head = el("Name", bucket) + el("Prefix", _enc(prefix, url))
    head += el("KeyMarker", _enc(key_marker, url)) + el("VersionIdMarker", version_marker)
    head += el("MaxKeys", max_keys)
    if delimiter:
        head += el("Delimiter", _enc(delimiter, url))
    if url:
        head += el("EncodingType", "url")
    head += el("IsTruncated", str(page.truncated).lower())
    if page.truncated:
        head += el("NextKeyMarker", _enc(page.next_marker, url))
        head += el("NextVersionIdMarker", page.next_version_marker)
    body = []
    for v in page.items:
        if isinstance(v, str):
            continue
        is_latest = str(latest.get(v.key) == v.version_id).lower()
        common = el("Key", _enc(v.key, url)) + el("VersionId", v.version_id) + el("IsLatest", is_latest)
        if v.is_delete_marker:
            body.append(f"<DeleteMarker>{common}{el('LastModified', iso(v.last_modified))}{_owner()}</DeleteMarker>")
        else:
            body.append(f"<Version>{common}{_object_fields(v, url, key=False)}{_owner()}</Version>")
    return (HEADER + f"<ListVersionsResult>{head}{''.join(body)}{_prefixes(page, url)}</ListVersionsResult>").encode()
