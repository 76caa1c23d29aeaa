"""Signature verification as OSS does it: V4 header, V4 presigned query, V1 presigned
query and V1 header, all recomputed with ossshare.core's signing functions.

The canonical query is rebuilt from the decoded query pairs re-encoded the OSS way, so any
client encoding of the same values verifies. Signatures compare in constant time.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from ..core import Credentials
from ..core import signing_v4 as v4
from ..core.header_auth import encode_query
from ..core.presigning import v1_signature, v1_string_to_sign
from ..core.validation import MAX_CLOCK_SKEW, MAX_V4_VALIDITY
from . import errors as err

MAX_V4_EXPIRES = int(MAX_V4_VALIDITY.total_seconds())


@dataclass(frozen=True, slots=True)
class AuthRequest:
    method: str
    bucket: str | None
    key: str | None
    query: list[tuple[str, str]]  # decoded
    headers: Mapping[str, str]  # lower-case names, values as sent
    now: datetime
    region: str  # the region the signature must name (the bucket's)


def auth_kind(req: AuthRequest) -> str | None:
    """"v4-header", "v4-query", "v1-header", "v1-query", or None for an anonymous request."""
    auth = req.headers.get("authorization", "")
    if auth.startswith(v4.ALGORITHM + " "):
        return "v4-header"
    if auth.startswith("OSS "):
        return "v1-header"
    names = {k for k, _ in req.query}
    if "x-oss-signature" in names or "x-oss-signature-version" in names:
        return "v4-query"
    if "Signature" in names or "OSSAccessKeyId" in names:
        return "v1-query"
    if auth:
        raise err.invalid_argument("Authorization header is invalid.", "Authorization", "")
    return None


class Verifier:
    def __init__(self, credentials: Sequence[Credentials]) -> None:
        self._by_id = {c.access_key_id: c for c in credentials}

    def set_credentials(self, credentials: Sequence[Credentials]) -> None:
        self._by_id = {c.access_key_id: c for c in credentials}

    def verify(self, req: AuthRequest) -> Credentials:
        kind = auth_kind(req)
        if kind is None:
            raise err.access_denied("You have no right to access this object because of bucket acl.")
        return {
            "v4-header": self._v4_header,
            "v4-query": self._v4_query,
            "v1-header": self._v1_header,
            "v1-query": self._v1_query,
        }[kind](req)

    # --- shared ----------------------------------------------------------------------
    def _lookup(self, key_id: str, token: str | None) -> Credentials:
        cred = self._by_id.get(key_id)
        if cred is None:
            raise err.invalid_access_key(key_id)
        if (cred.security_token or token) and (
            not cred.security_token or not token or not _same(token, cred.security_token)
        ):
            raise err.invalid_security_token()
        return cred

    def _check_scope(self, scope: str, stamp: str, expected_region: str, in_header: bool) -> tuple[str, str]:
        """`AK/date/region/oss/aliyun_v4_request` -> (AK, date)."""
        parts = scope.split("/")
        if len(parts) != 5 or parts[3] != v4.PRODUCT or parts[4] != "aliyun_v4_request":
            ec = "0002-00000213" if in_header else "0002-00000224"
            raise err.invalid_argument("Invalid credential in the request.", "x-oss-credential", scope, ec=ec)
        key_id, date, region = parts[0], parts[1], parts[2]
        if region != expected_region:
            # as OSS words it (its PostObject V4 docs show the same code and message)
            ec = "0002-00000228" if in_header else "0002-00000226"
            raise err.invalid_argument(
                "The signing region in credential is invalid.", "x-oss-credential", scope, ec=ec
            )
        if date != stamp[:8]:
            raise err.signature_mismatch(message="Invalid signing date in the credential.")
        return key_id, date

    def _check_v4(
        self,
        req: AuthRequest,
        cred: Credentials,
        stamp: str,
        date: str,
        pairs: list[tuple[str, str]],
        additional: list[str],
        provided: str,
        payload_hash: str,
        mismatch_ec: str = "",
    ) -> Credentials:
        canonical = v4.canonical_request(
            req.method, req.bucket, req.key, pairs, req.headers, additional, payload_hash
        )
        sts = v4.string_to_sign(stamp, v4.scope(date, req.region), canonical)
        expected = v4.signature(cred.access_key_secret, date, req.region, sts)
        if not _same(provided, expected):
            raise err.signature_mismatch(sts, canonical, ec=mismatch_ec)
        return cred

    # --- V4 --------------------------------------------------------------------------
    def _v4_header(self, req: AuthRequest) -> Credentials:
        fields: dict[str, str] = {}
        for part in req.headers["authorization"][len(v4.ALGORITHM) + 1 :].split(","):
            name, _, value = part.strip().partition("=")
            fields[name] = value
        if "Credential" not in fields or "Signature" not in fields:
            raise err.invalid_argument("Authorization header is invalid.", "Authorization", "", ec="0002-00000202")
        stamp = req.headers.get("x-oss-date", "")
        when = _parse_stamp(stamp, "x-oss-date")
        if abs(when - req.now) > MAX_CLOCK_SKEW:
            raise err.time_skewed()
        key_id, date = self._check_scope(fields["Credential"], stamp, req.region, True)
        cred = self._lookup(key_id, req.headers.get("x-oss-security-token"))
        additional = [h.strip().lower() for h in fields.get("AdditionalHeaders", "").split(";") if h.strip()]
        pairs = encode_query(req.query)
        payload = req.headers.get("x-oss-content-sha256", v4.UNSIGNED_PAYLOAD)
        return self._check_v4(req, cred, stamp, date, pairs, additional, fields["Signature"], payload)

    def _v4_query(self, req: AuthRequest) -> Credentials:
        q = dict(req.query)
        if q.get("x-oss-signature-version") != v4.ALGORITHM:
            raise err.invalid_argument(
                "Unsupported signature version.", "x-oss-signature-version", q.get("x-oss-signature-version", "")
            )
        for name in ("x-oss-date", "x-oss-expires", "x-oss-credential", "x-oss-signature"):
            if not q.get(name):
                ec = "0002-00000215" if name == "x-oss-expires" else ""
                raise err.invalid_argument(f"The query parameter {name} is missing.", name, "", ec=ec)
        stamp = q["x-oss-date"]
        when = _parse_stamp(stamp, "x-oss-date")
        try:
            expires = int(q["x-oss-expires"])
        except ValueError:
            raise err.invalid_argument("x-oss-expires is not a number.", "x-oss-expires", q["x-oss-expires"]) from None
        if not 0 < expires <= MAX_V4_EXPIRES:
            raise err.invalid_argument(
                f"x-oss-expires must be between 1 and {MAX_V4_EXPIRES} seconds.",
                "x-oss-expires",
                str(expires),
                ec="0002-00000232",
            )
        if req.now > when + timedelta(seconds=expires):
            raise err.expired("0002-00000236")
        if req.now < when - MAX_CLOCK_SKEW:  # a link from a clock running fast: OSS allows 15 minutes
            raise err.not_yet_valid()
        key_id, date = self._check_scope(q["x-oss-credential"], stamp, req.region, False)
        cred = self._lookup(key_id, q.get("x-oss-security-token"))
        additional = [h.strip().lower() for h in q.get("x-oss-additional-headers", "").split(";") if h.strip()]
        pairs = encode_query((k, v) for k, v in req.query if k != "x-oss-signature")
        return self._check_v4(
            req, cred, stamp, date, pairs, additional, q["x-oss-signature"], v4.UNSIGNED_PAYLOAD, "0002-00000201"
        )

    # --- V1 --------------------------------------------------------------------------
    def _v1_check(
        self, req: AuthRequest, cred: Credentials, date_or_expires: str, provided: str, query: list[tuple[str, str]]
    ) -> Credentials:
        sts = v1_string_to_sign(
            req.method,
            date_or_expires,
            req.bucket,
            req.key,
            query,
            dict(req.headers),
            req.headers.get("content-md5", ""),
            req.headers.get("content-type", ""),
        )
        if not _same(provided, v1_signature(cred.access_key_secret, sts)):
            raise err.signature_mismatch(sts)
        return cred

    def _v1_query(self, req: AuthRequest) -> Credentials:
        q = dict(req.query)
        for name in ("OSSAccessKeyId", "Expires", "Signature"):
            if not q.get(name):
                ec = "0002-00000067" if name == "Expires" else ""
                raise err.invalid_argument(f"The query parameter {name} is missing.", name, "", ec=ec)
        try:
            expires = datetime.fromtimestamp(int(q["Expires"]), UTC)
        except (ValueError, OverflowError, OSError):
            raise err.invalid_argument(
                "Expires is not a number.", "Expires", q["Expires"], ec="0002-00000070"
            ) from None
        if req.now > expires:
            raise err.expired("0002-00000069")
        cred = self._lookup(q["OSSAccessKeyId"], q.get("security-token"))
        signed = [(k, v) for k, v in req.query if k not in ("OSSAccessKeyId", "Expires", "Signature")]
        return self._v1_check(req, cred, q["Expires"], q["Signature"], signed)

    def _v1_header(self, req: AuthRequest) -> Credentials:
        key_id, _, provided = req.headers["authorization"][4:].strip().rpartition(":")
        date = req.headers.get("date", "")
        try:
            when = parsedate_to_datetime(date)
        except (TypeError, ValueError):
            raise err.access_denied("OSS authentication requires a valid Date.") from None
        if when.tzinfo is None or abs(when - req.now) > MAX_CLOCK_SKEW:
            raise err.time_skewed("0002-00000504")
        # the SDK's V1 header signer sends the token as `security-token`
        token = req.headers.get("x-oss-security-token") or req.headers.get("security-token")
        cred = self._lookup(key_id, token)
        return self._v1_check(req, cred, date, provided, req.query)


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def _parse_stamp(stamp: str, name: str) -> datetime:
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        raise err.invalid_argument(f"{name} is not a valid ISO 8601 time.", name, stamp) from None
