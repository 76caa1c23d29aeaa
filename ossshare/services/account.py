"""An account ready to use: credentials plus the defaults that came with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..core import Credentials
from ..core.endpoint import endpoint_facts

_HOST_FLAGS = ("internal", "accelerate", "dualstack")
# The variables the OSS SDK documentation uses for credentials.
ENV_ID, ENV_SECRET, ENV_TOKEN = "OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN"


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

    def options_for_bucket(self, bucket: str | None) -> tuple[dict[str, object], str | None]:
        """resolve_endpoint() options for `bucket`, and the region its own endpoint names: a
        bucket with an endpoint of its own (ossutil's [Bucket-Endpoint]) is reached there."""
        opts: dict[str, object] = dict(self.endpoint_options or {})
        own = (self.bucket_endpoints or {}).get(bucket or "")
        if not own:
            return opts, None
        facts = endpoint_facts(own)
        for flag in ("endpoint", *_HOST_FLAGS):
            opts.pop(flag, None)
        if facts.endpoint:
            opts["endpoint"] = facts.endpoint
        for flag in (*_HOST_FLAGS, "http"):
            if getattr(facts, flag):
                opts[flag] = True
        return opts, facts.region

    def token_cap(self, expire_at: datetime) -> datetime | None:
        """The STS token's expiry when `expire_at` is later, else None: a link signed with a
        temporary credential cannot work past that credential, whatever the signature version."""
        if self.token_expiration is not None and expire_at > self.token_expiration:
            return self.token_expiration
        return None
