"""The signing core: standard library only, no I/O, the clock always passed in."""

from .credentials import Credentials
from .endpoint import AddressStyle, Endpoint, EndpointKind, EndpointOptions, resolve_endpoint
from .errors import OssShareError, ValidationError
from .header_auth import SignedRequest, sign_request
from .presign import presign
from .types import DEFAULT_EXPIRES, PresignRequest, PresignResult, SignatureVersion

__all__ = [
    "AddressStyle",
    "Credentials",
    "DEFAULT_EXPIRES",
    "Endpoint",
    "EndpointKind",
    "EndpointOptions",
    "OssShareError",
    "PresignRequest",
    "PresignResult",
    "SignatureVersion",
    "SignedRequest",
    "ValidationError",
    "presign",
    "resolve_endpoint",
    "sign_request",
]
