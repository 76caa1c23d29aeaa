"""Where a request goes: scheme, host and addressing style.

The signature never depends on the host (the canonical URI is always /bucket/key), but a
link only works on the host it names, so every style the SDK knows is resolved here.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError
from .percent import encode_path
from .validation import check_region
from .visible import clip


class AddressStyle(StrEnum):
    VIRTUAL = "virtual"  # https://bucket.oss-cn-hangzhou.aliyuncs.com/key
    PATH = "path"  # https://host/bucket/key (IP endpoints, sandboxes)
    CNAME = "cname"  # https://custom.domain/key (a domain bound to one bucket)


class EndpointKind(StrEnum):
    DEFAULT = "default"
    INTERNAL = "internal"
    ACCELERATE = "accelerate"
    DUALSTACK = "dualstack"


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
        path = encoded_key if encoded_key is not None else encode_path(key) if key is not None else ""
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
    """An IP address, with or without port: IPv6 in brackets, IPv4 in any form the SDK's
    socket.inet_aton takes (127.1, 0x7f.0.0.1), which it addresses path-style."""
    if netloc.startswith("["):
        inside = netloc[1 : netloc.find("]")] if "]" in netloc else netloc[1:]
        try:
            ipaddress.IPv6Address(inside)
        except ValueError:
            return False
        return True
    host = netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc
    if ":" in host:  # a bare IPv6 address, as a Host header never holds one but a caller might
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            return False
        return True
    return _ipv4_value(host) is not None


def _ipv4_value(host: str) -> int | None:
    """The address inet_aton reads from `host` (1 to 4 dotted numbers, each decimal, 0x-hex
    or 0-octal, the last filling the remaining bytes), or None when it is not one."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        if re.fullmatch(r"0[xX][0-9a-fA-F]+", part):
            numbers.append(int(part[2:], 16))
        elif re.fullmatch(r"0[0-7]*", part):
            numbers.append(int(part, 8))
        elif re.fullmatch(r"[1-9][0-9]*", part):
            numbers.append(int(part))
        else:
            return None
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (4 - len(leading)):
        return None
    value = last
    for index, number in enumerate(leading):
        value += number << (8 * (3 - index))
    return value


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
        scheme, netloc = split_endpoint(endpoint, http=http)
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


@dataclass(frozen=True, slots=True)
class EndpointOptions:
    """How a profile or a command line names its host: resolve_endpoint()'s options, typed, so
    they travel between profiles, the CLI and the window without a loose dict."""

    endpoint: str | None = None  # a custom endpoint; wins over the region's own host
    internal: bool = False
    accelerate: bool = False
    dualstack: bool = False
    http: bool = False
    path_style: bool = False
    cname: bool = False

    def resolve(self, region: str | None) -> Endpoint:
        return resolve_endpoint(
            region,
            self.endpoint,
            internal=self.internal,
            accelerate=self.accelerate,
            dualstack=self.dualstack,
            http=self.http,
            path_style=self.path_style,
            cname=self.cname,
        )


# Limits of the text as a whole, checked first so a huge value is refused before any work.
_MAX_ENDPOINT_CHARS = 300  # "https://" + 253-character host + ":65535" + "/", with room
_SCHEME_PART_RE = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")
_LABEL_RE = re.compile(r"[A-Za-z0-9_-]{1,63}")
_NUMERIC_LAST_LABEL_RE = re.compile(r"[0-9]+|0[xX][0-9a-fA-F]*")
# Whitespace, C0/C1 controls, DEL, bidi controls, and characters no host holds (a '%' would
# be an encoded byte, or an IPv6 zone that only means something on this machine).
_FORBIDDEN_RE = re.compile(r'[\\<>"%\s\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def split_endpoint(endpoint: str, *, http: bool = False, field: str = "endpoint") -> tuple[str, str]:
    """(scheme, netloc) of an endpoint written as a host: an optional http:// or https://
    (`http` picks it when absent), a host name, IPv4 address or bracketed IPv6 address, an
    optional port 1-65535 and nothing else (a single trailing '/' is tolerated). A name beyond
    ASCII becomes its IDNA (punycode) form. Anything else raises ValidationError(field, rule)."""
    text = endpoint.strip(" ")
    shown = f"'{clip(text)}'"
    if not text:
        raise ValidationError(field, "is empty: give a host name, optionally with scheme and port")
    if len(text) > _MAX_ENDPOINT_CHARS:
        raise ValidationError(field, f"is {len(text):,} characters long; a host name has at most 253")
    bad = _FORBIDDEN_RE.search(text)
    if bad:
        char = bad.group()
        if char == "\\":
            what = "a backslash"
        else:
            what = f"'{char}'" if char.isprintable() and not char.isspace() else f"U+{ord(char):04X}"
        rule = "a host has no spaces, line breaks, control characters, backslashes or < > \" %"
        raise ValidationError(field, f"{shown} holds {what}: {rule}")
    scheme = "http" if http else "https"
    match = _SCHEME_PART_RE.match(text)
    if match:
        scheme = match.group(1).lower()
        if scheme not in ("http", "https"):
            raise ValidationError(field, f"scheme '{clip(match.group(1), 20)}' is not supported: use http or https")
        text = text[match.end() :]
    rest = text[:-1] if text.endswith("/") else text
    for mark, part in (("@", "user information"), ("/", "a path"), ("?", "a query"), ("#", "a fragment")):
        if mark in rest:
            raise ValidationError(
                field, f"{shown} holds {part} ('{mark}'): give only a host, optionally with scheme and port"
            )
    host, port = _host_and_port(rest, shown, field)
    if port is not None:
        if not re.fullmatch(r"[0-9]{1,5}", port) or not 1 <= int(port) <= 65535:
            raise ValidationError(field, f"{shown}: the port must be a number from 1 to 65535")
        return scheme, f"{host}:{port}"
    return scheme, host


def _host_and_port(rest: str, shown: str, field: str) -> tuple[str, str | None]:
    """The host (checked, IDNA-encoded) and the port text after ':' if there is one."""
    if rest.startswith("["):
        close = rest.find("]")
        if close < 0:
            raise ValidationError(field, f"{shown}: an IPv6 address needs its closing ']'")
        try:
            ipaddress.IPv6Address(rest[1:close])
        except ValueError:
            inside = clip(rest[1:close], 45)
            raise ValidationError(field, f"{shown}: '{inside}' in brackets is not an IPv6 address") from None
        after = rest[close + 1 :]
        if after and not after.startswith(":"):
            raise ValidationError(field, f"{shown}: only ':PORT' may follow an IPv6 address")
        return rest[: close + 1], (after[1:] if after else None)
    if rest.count(":") > 1:
        raise ValidationError(field, f"{shown}: an IPv6 address goes in brackets, e.g. http://[::1]:9000")
    host, colon, port = rest.partition(":")
    if not host:
        raise ValidationError(field, f"{shown} names no host")
    return _check_host_name(host, shown, field), (port if colon else None)


def _check_host_name(host: str, shown: str, field: str) -> str:
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise ValidationError(field, f"{shown} is not a valid international domain name") from None
    if len(host) > 253:
        raise ValidationError(field, f"{shown}: a host name has at most 253 characters")
    labels = host.split(".")
    for label in labels:
        if not _LABEL_RE.fullmatch(label):
            rule = (
                "has an empty label (two dots in a row, or a dot at an end)"
                if not label
                else "has a label longer than 63 characters"
                if len(label) > 63
                else "may only hold letters, digits, hyphens and underscores between its dots"
            )
            raise ValidationError(field, f"{shown}: a host name {rule}")
    # A name ending in a number is read as an IPv4 address by browsers and by the SDK alike.
    if _NUMERIC_LAST_LABEL_RE.fullmatch(labels[-1]) and _ipv4_value(host) is None:
        raise ValidationError(field, f"{shown} ends in a number but is not an IPv4 address")
    return host


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
