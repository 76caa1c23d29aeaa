"""An account ready to use: credentials plus the defaults that came with them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from ..core import Credentials, Endpoint, EndpointOptions
from ..core.endpoint import endpoint_facts

# The variables the OSS SDK documentation uses for credentials.
ENV_ID, ENV_SECRET, ENV_TOKEN = "OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN"


@dataclass(frozen=True)
class Account:
    """Credentials and defaults for one command or window: from a profile or the environment."""

    credentials: Credentials
    region: str | None = None
    endpoint_options: EndpointOptions = field(default_factory=EndpointOptions)
    token_expiration: datetime | None = None  # an STS token's expiry, when known
    default_expires_seconds: int | None = None
    signature_version: int | None = None  # 4 or 1
    cnames: dict[str, str] | None = None  # bucket -> custom domain bound to it
    bucket_endpoints: dict[str, str] | None = None  # bucket -> its own endpoint (ossutil's [Bucket-Endpoint])
    profile_name: str | None = None

    def options_for_bucket(self, bucket: str | None) -> tuple[EndpointOptions, str | None]:
        """Endpoint options for `bucket`, and the region its own endpoint names: a bucket with an
        endpoint of its own (ossutil's [Bucket-Endpoint]) is reached there."""
        opts = self.endpoint_options
        own = (self.bucket_endpoints or {}).get(bucket or "")
        if not own:
            return opts, None
        facts = endpoint_facts(own)
        # The bucket's endpoint replaces the profile's host; cname and path-style carry over.
        opts = replace(
            opts,
            endpoint=facts.endpoint,
            internal=facts.internal,
            accelerate=facts.accelerate,
            dualstack=facts.dualstack,
            http=opts.http or facts.http,
        )
        return opts, facts.region

    def endpoint_for_bucket(self, region: str, bucket: str) -> Endpoint:
        """The host a link to `bucket` names: the bucket's own endpoint, else the profile's."""
        options, _ = self.options_for_bucket(bucket)
        return options.resolve(region)

    def token_cap(self, expire_at: datetime) -> datetime | None:
        """The STS token's expiry when `expire_at` is later, else None: a link signed with a
        temporary credential cannot work past that credential, whatever the signature version."""
        if self.token_expiration is not None and expire_at > self.token_expiration:
            return self.token_expiration
        return None
