"""What can go wrong talking to OSS, as errors a dialog or a terminal can show as they are."""

from __future__ import annotations

from ..core import OssShareError
from ..core.endpoint import endpoint_facts
from ..core.errors import Action
from .redact import redact_text

# Titles for the error codes a user meets; anything else falls back to one per HTTP status.
_TITLES = {
    "AccessDenied": "Access denied",
    "SignatureDoesNotMatch": "Signature does not match: check the AccessKey secret and the clock",
    "InvalidAccessKeyId": "Unknown AccessKey ID",
    "RequestTimeTooSkewed": "Your computer's clock is off",
    "SecurityTokenExpired": "The security token has expired",
    "InvalidSecurityToken": "The security token is not valid",
    "NoSuchBucket": "Bucket not found",
    "NoSuchKey": "Object not found",
    "NoSuchVersion": "Version not found",
    "InvalidArgument": "OSS refused a parameter",
    "InvalidRange": "The requested range is not in the object",
    "InvalidBucketName": "Invalid bucket name",
    "InvalidObjectName": "Invalid object name",
    "InvalidObjectState": "The object is archived: restore it before downloading",
    "AccessForbidden": "Access denied",
    "UserDisable": "This account is disabled",
    "RequestPayerRequired": "The bucket charges the requester",
    "PermanentRedirect": "The bucket must be reached through another endpoint (is the region right?)",
    "InternalError": "OSS had an internal error",
    "ServiceUnavailable": "OSS is temporarily unavailable",
}

_STATUS_TITLES = {
    400: "OSS refused the request",
    401: "Not authorized",
    403: "Access denied",
    404: "Not found",
    409: "Conflict",
    412: "A precondition failed",
    416: "The requested range is not in the object",
    429: "Too many requests: try again in a moment",
}


# The credentials (or what they may do) are at fault: editing the profile is the remedy.
_AUTH_CODES = frozenset(
    {"SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "SecurityTokenExpired", "InvalidSecurityToken"}
)
# Asking again later may work: throttling, the server's own trouble, or a clock since corrected.
_PASSING_CODES = frozenset({"RequestTimeTooSkewed", "InternalError", "ServiceUnavailable"})


def title_for(code: str, status: int) -> str:
    if code in _TITLES:
        return _TITLES[code]
    if status >= 500:
        return "OSS had a server error"
    return _STATUS_TITLES.get(status, "OSS request failed")


class OssError(OssShareError):
    """OSS answered with an error. `message` is for a person and already holds the OSS
    message, code and request id (what support asks for); `oss_message` is OSS's text alone.
    `endpoint` is the endpoint OSS names when a bucket was reached through another region's
    (403 AccessDenied with an `<Endpoint>` element)."""

    def __init__(
        self,
        code: str,
        message: str,
        request_id: str | None,
        status: int,
        host_id: str | None = None,
        ec: str | None = None,
        endpoint: str | None = None,
    ) -> None:
        self.code = code or "Unknown"
        self.oss_message = redact_text(message or "")
        self.request_id = request_id or None
        self.status = status
        self.host_id = host_id or None
        self.ec = ec or None
        self.endpoint = endpoint or None
        details = [f"{self.code}, HTTP {status}"]
        if self.request_id:
            details.append(f"request id {self.request_id}")
        if self.ec:
            details.append(f"EC {self.ec}")
        text = self.oss_message.rstrip(".") if self.oss_message else "OSS gave no explanation"
        title = title_for(self.code, status)
        if self.endpoint:
            text += f". The bucket is served by {self.endpoint}"
            title = _TITLES["PermanentRedirect"]
        super().__init__(f"{text}. ({'; '.join(details)})", title=title)
        self.actions = (Action.EDIT_PROFILE, Action.RETRY) if self.is_auth else ()
        if self.code in _PASSING_CODES or status >= 500 or status == 429:
            self.actions = (Action.RETRY,)

    @property
    def is_auth(self) -> bool:
        """Refused for the credentials: wrong, expired, or not allowed this request."""
        return self.code in _AUTH_CODES

    @property
    def region_hint(self) -> str | None:
        """The bucket's region, when OSS named its endpoint (`oss-cn-shanghai.aliyuncs.com`)."""
        return endpoint_facts(self.endpoint).region if self.endpoint else None

    def __repr__(self) -> str:
        return f"OssError(code={self.code!r}, status={self.status}, request_id={self.request_id!r})"


class NetworkError(OssShareError):
    """No usable answer from `host`: a timeout, a refused or dropped connection."""

    title = "Could not reach OSS"
    actions = (Action.RETRY,)

    def __init__(self, host: str, reason: str, *, title: str | None = None) -> None:
        self.host = host
        self.reason = redact_text(reason)
        super().__init__(self._compose(), title=title)

    def _compose(self) -> str:
        return f"Could not reach {self.host}: {self.reason}"


class ResponseError(NetworkError):
    """An answer came but could not be read: cut short, malformed or not what OSS sends."""

    title = "Unreadable reply from OSS"

    def _compose(self) -> str:
        return f"The reply from {self.host} could not be read: {self.reason}"


class DeadlineExceeded(NetworkError):
    """The whole operation (connecting, every read, retries and the pauses between them) took
    longer than the client allows: a server trickling its reply never ends a call otherwise."""

    def __init__(self, host: str, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            host,
            f"no complete reply within {seconds:g} s; the server or the network is far too slow. "
            "Try again later, or check the endpoint",
        )


class ReplyTooLarge(ResponseError):
    """The reply went past the most the client reads for the request; reading stopped there."""

    def __init__(self, host: str, cap: int) -> None:
        self.cap = cap
        super().__init__(
            host,
            f"it is larger than {_size(cap)}, the most ossshare reads for this request (an OSS listing "
            "page is far smaller); check that the endpoint is an OSS server",
        )


class UnaskedEncoding(ResponseError):
    """The reply came compressed although the client asked for `identity`; it is not inflated
    (a small compressed body can inflate to gigabytes)."""

    def __init__(self, host: str, encoding: str, status: int) -> None:
        self.encoding = encoding
        self.status = status
        super().__init__(
            host,
            f"it came compressed ({encoding}, HTTP {status}) although ossshare asked for an uncompressed "
            "reply; a proxy or a server that is not OSS may be in the way",
        )


class ListingLoop(ResponseError):
    """A listing that would never end: its page marker came back, or empty pages kept coming."""


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):g} MiB" if count >= 1024 * 1024 else f"{count:,} bytes"
