"""Many links at once: keys of one bucket, one set of options, one instant.

Everything a V4 link holds except the key — the scope, the credential, the expiry, the sorted
query, the signed headers, the URL's host and query — is worked out once; each key then costs
its path encoding, one SHA-256 and one HMAC. The links are exactly those `presign` makes for
the same request and instant (the tests compare them byte for byte).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from hashlib import sha256

from . import signing_v4 as v4
from .credentials import Credentials
from .endpoint import Endpoint
from .errors import ValidationError
from .presign import expiration_of, presign, request_parts
from .types import PresignRequest, PresignResult, SignatureVersion
from .validation import check_key, check_region, check_validity

# request_parts checks a key too; the options it returns never depend on which one.
_ANY_KEY = "k"


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """A key OSS would refuse (the reason names the rule); the batch goes on without it."""

    key: str
    reason: str


class BatchPresigner:
    """Signs keys of `template.bucket` with every option of `template` (its key is not used).

    Options OSS would refuse raise ValidationError here, once, before any key is signed.
    """

    __slots__ = (
        "template", "expiration", "_credentials", "_region", "_endpoint", "_now", "_version",
        "_headers", "_canonical_head", "_canonical_tail", "_sts_head", "_inner", "_outer",
        "_url_head", "_url_tail",
    )

    def __init__(
        self,
        template: PresignRequest,
        *,
        credentials: Credentials,
        region: str,
        endpoint: Endpoint,
        now: datetime,
        expires: timedelta | None = None,
        expiration: datetime | None = None,
        version: SignatureVersion = SignatureVersion.V4,
    ) -> None:
        self.template = template
        self.expiration = expiration_of(now, expires, expiration)
        self._credentials, self._region, self._endpoint = credentials, region, endpoint
        self._now, self._version = now, version
        query, headers = request_parts(replace(template, key=_ANY_KEY))
        self._headers = headers
        if version is SignatureVersion.V1:
            if template.additional_headers:
                raise ValidationError("additional headers", "only V4 links can sign headers other than x-oss-*")
            check_validity(now, self.expiration, v4=False)
            return
        check_region(region)
        seconds = check_validity(now, self.expiration, v4=True)
        stamp = v4.timestamp(now)
        date = stamp[:8]
        scope = v4.scope(date, region)
        # The same pairs, in the same order, as presign writes them.
        user = [(v4.encode(k), v4.encode(v)) for k, v in query]
        auth = [
            ("x-oss-credential", v4.encode(f"{credentials.access_key_id}/{scope}")),
            ("x-oss-date", stamp),
            ("x-oss-expires", str(seconds)),
        ]
        if credentials.security_token:
            auth.append(("x-oss-security-token", v4.encode(credentials.security_token)))
        additional: list[str] = []
        if template.additional_headers:
            additional = sorted(k for k in headers if not v4.is_default_signed(k))
            auth.append(("x-oss-additional-headers", v4.encode(";".join(additional))))
        auth.append(("x-oss-signature-version", v4.ALGORITHM))
        # The canonical request is head + encoded key + tail: split it around an empty key.
        canonical = v4.canonical_request(
            template.method, template.bucket, None, user + auth, headers, additional, encoded_key=""
        )
        split = canonical.index("\n", len(template.method) + 1)
        self._canonical_head, self._canonical_tail = canonical[:split], canonical[split:]
        self._sts_head = f"{v4.ALGORITHM}\n{stamp}\n{scope}\n"
        self._inner, self._outer = v4.hmac_pads(credentials.access_key_secret, date, region)
        ordered = user + [auth[-1], auth[1], auth[2], auth[0], *auth[3:-1]]
        self._url_head = self._endpoint.url_for(template.bucket, None, encoded_key="")
        self._url_tail = "?" + "".join([f"{k}={v}&" if v else f"{k}&" for k, v in ordered]) + "x-oss-signature="

    @property
    def signed_headers(self) -> dict[str, str]:
        """The headers whoever uses the links must send (the same for every key)."""
        return dict(self._headers)

    def sign(self, key: str) -> PresignResult:
        """The link for `key`; ValidationError if OSS would refuse the key."""
        if self._version is SignatureVersion.V1:
            # V1 signs the key inside its resource string: one presign per key, same instant and end.
            return presign(
                replace(self.template, key=key), credentials=self._credentials, region=self._region,
                endpoint=self._endpoint, now=self._now, expiration=self.expiration, version=self._version,
            )
        check_key(key)
        path = v4.encode_path(key)
        digest = sha256((self._canonical_head + path + self._canonical_tail).encode()).hexdigest()
        inner = self._inner.copy()
        inner.update((self._sts_head + digest).encode())
        outer = self._outer.copy()
        outer.update(inner.digest())
        url = self._url_head + path + self._url_tail + outer.hexdigest()
        return PresignResult(self.template.method, url, self.expiration, self._headers)

    def sign_all(self, keys: Iterable[str]) -> Iterator[PresignResult | BatchFailure]:
        """Links in the order of `keys`, made as they are asked for; a refused key gives a
        BatchFailure in its place. The caller cancels by no longer iterating."""
        for key in keys:
            try:
                yield self.sign(key)
            except ValidationError as exc:
                yield BatchFailure(key, exc.message)
