"""Things about a link its maker should know before sending it: cases where the
signature is right but a browser or OSS itself will not do what the options suggest."""

from __future__ import annotations

from enum import StrEnum

from ..core import Endpoint, PresignRequest
from ..core.endpoint import AddressStyle


class Hint(StrEnum):
    DOT_SEGMENTS = "dot-segments"  # browsers and HTTP libraries collapse /./ and /../
    INLINE_ON_OSS_DOMAIN = "inline-on-oss-domain"  # OSS's own domains force a download
    CONTENT_TYPE_ON_OSS_DOMAIN = "content-type-on-oss-domain"  # OSS may refuse the override there


def _on_oss_domain(endpoint: Endpoint) -> bool:
    host = endpoint.netloc.rsplit(":", 1)[0].lower()
    return endpoint.style is not AddressStyle.CNAME and host.endswith(".aliyuncs.com")


def link_hints(request: PresignRequest, endpoint: Endpoint) -> list[Hint]:
    hints: list[Hint] = []
    if any(part in (".", "..") for part in request.key.split("/")):
        hints.append(Hint.DOT_SEGMENTS)
    if _on_oss_domain(endpoint):
        disposition = (request.response_content_disposition or "").lstrip().lower()
        if disposition.startswith("inline"):
            hints.append(Hint.INLINE_ON_OSS_DOMAIN)
        if request.response_content_type:
            hints.append(Hint.CONTENT_TYPE_ON_OSS_DOMAIN)
    return hints
