"""Which bucket and key a pasted link points at, for every link form ossshare makes: a region's
OSS host (virtual-hosted or path-style, internal, accelerate, dual-stack), the profile's own
endpoint (the demo sandbox's, a proxy's), a bucket's own endpoint, and custom domains bound to
a bucket. Anything else is refused with the reason, never silently."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from ...core import Endpoint
from ...core.endpoint import AddressStyle, split_endpoint
from ...core.errors import OssShareError
from ...services.account import Account
from ..i18n import translate

_OSS_SUFFIX = ".aliyuncs.com"


class Unreadable(ValueError):
    """A link that names no place ossshare can open; the message says why, for a person."""


@dataclass(frozen=True)
class LinkHosts:
    """The hosts of the profile in use, by how a link on them names its bucket."""

    path_style: frozenset[str] = frozenset()  # netloc: the bucket is the first path segment
    virtual: frozenset[str] = frozenset()  # netloc: the bucket is the host's first label
    domains: dict[str, str] = field(default_factory=dict)  # netloc of a custom domain -> its bucket

    @classmethod
    def of(cls, account: Account, endpoint: Endpoint) -> LinkHosts:
        path: set[str] = set()
        virtual: set[str] = set()
        domains: dict[str, str] = {}
        (path if endpoint.style is AddressStyle.PATH else virtual).add(endpoint.netloc.lower())
        for bucket, own in (account.bucket_endpoints or {}).items():
            netloc = _netloc(own)
            if netloc:
                virtual.add(netloc)
                domains.setdefault(f"{bucket}.{netloc}", bucket)
        for bucket, domain in (account.cnames or {}).items():
            netloc = _netloc(domain)
            if netloc:
                domains[netloc] = bucket
        return cls(frozenset(path), frozenset(virtual), domains)


def _netloc(endpoint: str) -> str:
    try:
        return split_endpoint(endpoint)[1].lower()
    except OssShareError:
        return ""  # a setting that does not parse cannot match a link


def read_link(text: str, hosts: LinkHosts) -> tuple[str, str]:
    """(bucket, key) of an http(s) link; raises Unreadable saying why not."""
    parts = urlsplit(text)
    netloc = parts.netloc.lower().rpartition("@")[2]  # never user info
    host = netloc.partition(":")[0] if not netloc.startswith("[") else netloc
    path = unquote(parts.path)
    if not netloc:
        raise Unreadable(translate("PathBar", "This link names no host."))
    if netloc in hosts.domains:
        return hosts.domains[netloc], path[1:]
    if netloc in hosts.path_style or _is_oss_service_host(host):
        bucket, _, key = path[1:].partition("/")
        if not bucket:
            why = translate("PathBar", "This link names no bucket: {0} is a service address.")
            raise Unreadable(why.format(netloc))
        return bucket, key
    for base in (*hosts.virtual, _OSS_SUFFIX):
        label, dot, rest = netloc.partition(".")
        if dot and (rest == base or (base == _OSS_SUFFIX and rest.endswith(base))):
            return label, path[1:]
    raise Unreadable(
        translate(
            "PathBar",
            "No bucket can be read from a link on {0}: it is not an OSS host, nor this profile's "
            "endpoint or one of its custom domains.",
        ).format(netloc)
    )


def _is_oss_service_host(host: str) -> bool:
    """A region's host without a bucket in front: oss-cn-hangzhou[-internal].aliyuncs.com,
    oss-accelerate.aliyuncs.com, or dual-stack cn-hangzhou.oss.aliyuncs.com."""
    if not host.endswith(_OSS_SUFFIX):
        return False
    labels = host[: -len(_OSS_SUFFIX)].split(".")
    return (len(labels) == 1 and labels[0].startswith("oss-")) or (len(labels) == 2 and labels[1] == "oss")
