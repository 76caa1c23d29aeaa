"""Many links at once: keys of one bucket, one set of options, one instant.

Everything a V4 link holds except the key — the scope, the credential, the expiry, the sorted
query, the signed headers, the URL's host and query — is worked out once; each key then costs
its path encoding, one SHA-256 and one HMAC. `presign` signs through the same V4 form, so the
links are exactly those it makes for the same request and instant (the tests compare them too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .credentials import Credentials
from .endpoint import Endpoint
from .errors import ValidationError
from .presigning import expiration_of, presign, request_parts, v4_form
from .types import PresignRequest, PresignResult, SignatureVersion
from .validation import check_key, check_validity

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
        "template", "expiration", "_credentials", "_region", "_endpoint", "_now", "_version", "_headers", "_form",
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
        # The form presign itself signs with: the same links, byte for byte.
        self._form = v4_form(
            template.method, template.bucket, query, headers, credentials=credentials, region=region,
            endpoint=endpoint, now=now, expiration=self.expiration,
        )

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
        return self._form.link(key, self.expiration)

    def sign_all(self, keys: Iterable[str]) -> Iterator[PresignResult | BatchFailure]:
        """Links in the order of `keys`, made as they are asked for; a refused key gives a
        BatchFailure in its place. The caller cancels by no longer iterating."""
        for key in keys:
            try:
                yield self.sign(key)
            except ValidationError as exc:
                yield BatchFailure(key, exc.message)
