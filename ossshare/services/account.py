"""An account ready to use: credentials plus the defaults that came with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..core import Credentials


@dataclass(frozen=True)
class Account:
    """Credentials and defaults for one command or window: from a profile or the environment."""

    credentials: Credentials
    region: str | None = None
    endpoint_options: dict[str, object] | None = None  # resolve_endpoint() keyword arguments
    token_expiration: datetime | None = None  # an STS token's expiry, when known
    default_expires_seconds: int | None = None
    signature_version: int | None = None  # 4 or 1
    cnames: dict[str, str] | None = None  # bucket -> custom domain bound to it
    bucket_endpoints: dict[str, str] | None = None  # bucket -> its own endpoint (ossutil's [Bucket-Endpoint])
    profile_name: str | None = None
