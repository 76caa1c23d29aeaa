"""Where a request goes: scheme, host and addressing style.

The signature never depends on the host (the canonical URI is always /bucket/key), but a
link only works on the host it names, so every style the SDK knows is resolved here.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urlsplit

from .errors import ValidationError
from .signing_v4 import encode_path
from .validation import check_region


class AddressStyle(str, Enum):
    VIRTUAL = "virtual"  # https://bucket.oss-cn-hangzhou.aliyuncs.com/key
    PATH = "path"  # https://host/bucket/key (IP endpoints, sandboxes)
    CNAME = "cname"  # https://custom.domain/key (a domain bound to one bucket)


class EndpointKind(str, Enum):
    DEFAULT = "default"
    INTERNAL = "internal"
    ACCELERATE = "accelerate"
    DUALSTACK = "dualstack"


_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True, slots=True)
class Endpoint:
    scheme: str  # "https" or "http"
    netloc: str  # host[:port], as it appears in a URL
    style: AddressStyle = AddressStyle.VIRTUAL

    def host_for(self, bucket: str | None) -> str:
        if bucket is None or self.style is not AddressStyle.VIRTUAL:
            return self.netloc
        return f"{bucket}.{self.netloc}"

    def url_for(self, bucket: str | None, key: str | None, *, encoded_key: str | None = None) -> str:
        """The URL of a bucket (key None), an object, or the service (both None); no query."""
        if bucket is None:
            return f"{self.scheme}://{self.netloc}/"
        if encoded_key is not None:
            path = encoded_key
        else:
            path = encode_path(key) if key is not None else ""
        if self.style is AddressStyle.PATH:
            return f"{self.scheme}://{self.netloc}/{bucket}/{path}"
        return f"{self.scheme}://{self.host_for(bucket)}/{path}"


def region_host(region: str, kind: EndpointKind = EndpointKind.DEFAULT) -> str:
    check_region(region)
    if kind is EndpointKind.INTERNAL:
        return f"oss-{region}-internal.aliyuncs.com"
    if kind is EndpointKind.ACCELERATE:
        return "oss-accelerate.aliyuncs.com"
    if kind is EndpointKind.DUALSTACK:
        return f"{region}.oss.aliyuncs.com"
    return f"oss-{region}.aliyuncs.com"


def is_ip_host(netloc: str) -> bool:
    host = netloc
    if host.startswith("["):
        host = host[1 : host.find("]")] if "]" in host else host[1:]
    else:
        host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def resolve_endpoint(
    region: str | None = None,
    endpoint: str | None = None,
    *,
    internal: bool = False,
    accelerate: bool = False,
    dualstack: bool = False,
    http: bool = False,
    path_style: bool = False,
    cname: bool = False,
) -> Endpoint:
    """Resolve options the way the SDK does: a custom endpoint wins over the region's; among
    region endpoints dual-stack wins over internal, internal over accelerate; CNAME wins over
    path-style, and an IP host always means path-style."""
    if endpoint:
        scheme, netloc = _split_custom(endpoint, http)
    else:
        if region is None:
            raise ValidationError("region", "a region or an endpoint is required")
        if dualstack:
            kind = EndpointKind.DUALSTACK
        elif internal:
            kind = EndpointKind.INTERNAL
        elif accelerate:
            kind = EndpointKind.ACCELERATE
        else:
            kind = EndpointKind.DEFAULT
        scheme, netloc = ("http" if http else "https"), region_host(region, kind)
    if cname:
        style = AddressStyle.CNAME
    elif path_style:
        style = AddressStyle.PATH
    else:
        style = AddressStyle.VIRTUAL
    if is_ip_host(netloc):
        style = AddressStyle.PATH
    return Endpoint(scheme=scheme, netloc=netloc, style=style)


def _split_custom(endpoint: str, http: bool) -> tuple[str, str]:
    text = endpoint.strip()
    if not _SCHEME_RE.match(text):
        text = f"{'http' if http else 'https'}://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise ValidationError("endpoint", f"scheme '{parts.scheme}' is not supported: use http or https")
    if not parts.netloc or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValidationError(
            "endpoint", f"'{endpoint}' is not an endpoint: give a host name, optionally with scheme and port"
        )
    if "@" in parts.netloc or any(c.isspace() for c in parts.netloc):
        raise ValidationError("endpoint", f"'{endpoint}' is not a valid host name")
    try:
        _ = parts.port  # urlsplit checks the port only when it is read
    except ValueError:
        raise ValidationError("endpoint", f"'{endpoint}' has an invalid port") from None
    return parts.scheme, parts.netloc


_REGION = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_REGION_HOSTS = (
    (re.compile(rf"oss-({_REGION})-internal\.aliyuncs\.com"), "internal"),
    (re.compile(rf"({_REGION})\.oss\.aliyuncs\.com"), "dualstack"),
    (re.compile(rf"oss-({_REGION})\.aliyuncs\.com"), ""),
)


@dataclass(frozen=True)
class EndpointFacts:
    """What an endpoint string says: a region and flags, or a custom endpoint."""

    region: str | None = None
    endpoint: str | None = None
    internal: bool = False
    accelerate: bool = False
    dualstack: bool = False
    http: bool = False


def endpoint_facts(text: str) -> EndpointFacts:
    """`oss-cn-hangzhou.aliyuncs.com` -> region cn-hangzhou; `-internal`, dual-stack and
    accelerate hosts -> the matching flag; anything else stays a custom endpoint. This is how
    endpoints written in other tools' configuration become ossshare options."""
    value = text.strip()
    http = value.lower().startswith("http://")
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value, flags=re.IGNORECASE).rstrip("/").lower()
    if host == "oss-accelerate.aliyuncs.com":
        return EndpointFacts(accelerate=True, http=http)
    for pattern, flag in _REGION_HOSTS:
        match = pattern.fullmatch(host)
        if match:
            return EndpointFacts(
                region=match.group(1),
                http=http,
                internal=flag == "internal",
                dualstack=flag == "dualstack",
            )
    return EndpointFacts(endpoint=value, http=http)
