"""The signing core: standard library only, no I/O, the clock always passed in.

The names below load on first use (PEP 562): the desktop app's first frame needs none of
them, and importing every core module up front cost its start ~20 ms."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .credentials import Credentials as Credentials
    from .endpoint import AddressStyle as AddressStyle
    from .endpoint import Endpoint as Endpoint
    from .endpoint import EndpointKind as EndpointKind
    from .endpoint import EndpointOptions as EndpointOptions
    from .endpoint import resolve_endpoint as resolve_endpoint
    from .errors import OssShareError as OssShareError
    from .errors import ValidationError as ValidationError
    from .header_auth import SignedRequest as SignedRequest
    from .header_auth import sign_request as sign_request
    from .presigning import presign as presign
    from .types import DEFAULT_EXPIRES as DEFAULT_EXPIRES
    from .types import PresignRequest as PresignRequest
    from .types import PresignResult as PresignResult
    from .types import SignatureVersion as SignatureVersion

# Each exported name and the module that defines it.
_HOMES = {
    "AddressStyle": "endpoint",
    "Credentials": "credentials",
    "DEFAULT_EXPIRES": "types",
    "Endpoint": "endpoint",
    "EndpointKind": "endpoint",
    "EndpointOptions": "endpoint",
    "OssShareError": "errors",
    "PresignRequest": "types",
    "PresignResult": "types",
    "SignatureVersion": "types",
    "SignedRequest": "header_auth",
    "ValidationError": "errors",
    "presign": "presigning",
    "resolve_endpoint": "endpoint",
    "sign_request": "header_auth",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # the next lookup is a plain one
    return value
