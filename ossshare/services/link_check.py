""""Test link": the request the recipient would make, and what its answer means for a person.

A GET of the first byte (`Range: bytes=0-0`) with only the headers signed into the link and
no credentials of ours, so a success here means the link works for whoever receives it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

import requests

from ..core import PresignResult
from ..core.clock import utc_now
from ..core.validation import MAX_CLOCK_SKEW
from ..oss.redact import guard_http_logs
from ..oss.xml_parse import parse_error

DEFAULT_TIMEOUT = 15.0  # seconds, for connecting and for each read
# OSS's answers when the signer itself is refused: an unknown or disabled AccessKey ID, or a
# bad or expired STS token. Not "access denied": no permission on the object would help.
CREDENTIAL_CODES = frozenset({"InvalidAccessKeyId", "InvalidSecurityToken", "SecurityTokenExpired"})
# OSS refuses a V4 link whose x-oss-date is more than MAX_CLOCK_SKEW ahead of its own clock; a
# clock that far behind makes every link arrive expired. Past it, blame the clock, not the link.


class LinkOutcome(StrEnum):
    OK = "ok"
    EXPIRED = "expired"
    ACCESS_DENIED = "access_denied"
    NOT_RESTORED = "not_restored"
    SIGNATURE_MISMATCH = "signature_mismatch"
    CREDENTIALS = "credentials"  # the AccessKey or STS token that signed the link is not valid
    CLOCK = "clock"  # this computer's clock is so far off that OSS refuses what it signs
    NOT_FOUND = "not_found"
    NETWORK = "network"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class LinkCheck:
    ok: bool
    outcome: LinkOutcome
    status: int | None  # HTTP status; None when no answer came back
    code: str  # the OSS error code ("AccessDenied", ...), "" on success or network failure
    message: str  # for a person: what happened and, where it helps, what to do
    oss_message: str = ""  # OSS's own words from the error body, shown alongside
    request_id: str = ""
    clock_skew: float | None = None  # seconds this computer's clock is ahead of the server's (<0: behind)


def _no_auth(request: requests.PreparedRequest) -> requests.PreparedRequest:
    # An explicit auth hook stops requests from adding credentials from ~/.netrc.
    return request


def check_link(
    result: PresignResult,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    now: datetime | None = None,
    session: requests.Session | None = None,
) -> LinkCheck:
    """Perform the recipient's request. Never raises for HTTP or network trouble."""
    guard_http_logs()  # the URL holds the signature (and STS token): urllib3 logs it
    headers = dict(result.signed_headers)
    if result.method == "GET":
        headers["Range"] = "bytes=0-0"
    http = session or requests.Session()
    try:
        with http.request(
            result.method, result.url, headers=headers, timeout=timeout, stream=True, auth=_no_auth,
            allow_redirects=True,
        ) as response:
            status = response.status_code
            # 206 (the byte), 200 (server ignored the range) and 416 (empty object) all prove the
            # signature and the object are good.
            if status in (200, 206, 416) or (result.method == "HEAD" and 200 <= status < 300):
                return LinkCheck(True, LinkOutcome.OK, status, "", "The link works: the object can be downloaded.")
            body = b"" if result.method == "HEAD" else response.raw.read(64 * 1024, decode_content=True)
            request_id = response.headers.get("x-oss-request-id", "")
            server_date = _http_date(response.headers.get("Date", ""))
    except requests.Timeout:
        return LinkCheck(False, LinkOutcome.NETWORK, None, "", f"No answer within {timeout:g} seconds.")
    except requests.RequestException as exc:
        return LinkCheck(False, LinkOutcome.NETWORK, None, "", f"Could not reach the server: {_reason(exc)}")
    finally:
        if session is None:
            http.close()
    fields = parse_error(body)
    code, oss_message = fields.get("Code", ""), fields.get("Message", "")
    moment = now or utc_now()
    skew = (moment - server_date).total_seconds() if server_date is not None else None
    check = _interpret(status, code, oss_message, request_id, expired_locally=result.expiration <= moment)
    clock_off = skew is not None and abs(skew) > MAX_CLOCK_SKEW.total_seconds()
    if clock_off and skew is not None and code in ("AccessDenied", "RequestTimeTooSkewed"):
        direction = "ahead of" if skew > 0 else "behind"
        return replace(
            check,
            outcome=LinkOutcome.CLOCK,
            message=f"This computer's clock is {abs(skew) / 60:.0f} minutes {direction} the server's: OSS refuses "
            "links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew.",
            clock_skew=skew,
        )
    return replace(check, clock_skew=skew)


def _http_date(text: str) -> datetime | None:
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _reason(exc: requests.RequestException) -> str:
    """The innermost cause, without the URL (which holds the signature)."""
    inner: BaseException = exc
    for _ in range(10):  # the cause chain is short; the bound guards against a cycle
        if inner.__context__ is None:
            break
        inner = inner.__context__
    text = type(inner).__name__
    if isinstance(exc, requests.ConnectionError):
        return "connection failed or refused (" + text + ")"
    if isinstance(exc, requests.exceptions.SSLError):
        return "TLS handshake failed (" + text + ")"
    return text


def _interpret(status: int, code: str, oss_message: str, request_id: str, *, expired_locally: bool) -> LinkCheck:
    def result(outcome: LinkOutcome, message: str) -> LinkCheck:
        return LinkCheck(False, outcome, status, code, message, oss_message, request_id)

    if code == "AccessDenied" and ("expired" in oss_message.lower() or expired_locally):
        return result(LinkOutcome.EXPIRED, "The link has expired: make a new one.")
    if code in CREDENTIAL_CODES:
        return result(
            LinkOutcome.CREDENTIALS,
            "OSS does not accept the credentials that signed the link: the AccessKey ID does not exist "
            "or is disabled, or the STS token is invalid or has expired. Check the profile's credentials.",
        )
    if code == "InvalidObjectState":
        return result(
            LinkOutcome.NOT_RESTORED,
            "The object is in Archive or Cold Archive storage and is not restored: restore it first, "
            "then share it while the restored copy lasts.",
        )
    if code == "SignatureDoesNotMatch":
        return result(
            LinkOutcome.SIGNATURE_MISMATCH,
            "OSS did not accept the signature: check the credentials, the region and the host, "
            "and that the signed headers are sent exactly as listed.",
        )
    if code in ("NoSuchKey", "NoSuchBucket", "NoSuchVersion") or status == 404:
        return result(LinkOutcome.NOT_FOUND, "The object (or that version of it) does not exist.")
    if code == "AccessDenied" or status == 403:
        return result(LinkOutcome.ACCESS_DENIED, "Access denied: the signing account may not read this object.")
    return result(LinkOutcome.OTHER, f"The server answered HTTP {status}{' ' + code if code else ''}.")
