"""'Copy link': sign one object with the account's defaults, fast enough for the GUI thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..core import DEFAULT_EXPIRES, PresignRequest, PresignResult, SignatureVersion, presign, resolve_endpoint
from ..services.account import Account


def default_link(
    account: Account, region: str, bucket: str, key: str, *, now: datetime | None = None, version_id: str | None = None
) -> PresignResult:
    """A GET link valid for the account's default time (15 minutes when unset), never past the
    STS token's own expiry, on the bucket's own endpoint when the profile names one."""
    now = now or datetime.now(UTC)
    expires = timedelta(seconds=account.default_expires_seconds) if account.default_expires_seconds else DEFAULT_EXPIRES
    version = SignatureVersion(account.signature_version or 4)
    expiration = account.token_cap(now + expires)
    options, _ = account.options_for_bucket(bucket)
    endpoint = resolve_endpoint(region, **options)  # type: ignore[arg-type]
    return presign(
        PresignRequest(bucket=bucket, key=key, version_id=version_id),
        credentials=account.credentials,
        region=region,
        endpoint=endpoint,
        now=now,
        expires=expires,
        expiration=expiration,
        version=version,
    )
