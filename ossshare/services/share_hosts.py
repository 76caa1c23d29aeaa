"""The hosts a link can name: the profile's endpoint, internal, accelerate, or a custom domain
bound to the bucket. Each resolves to the Endpoint the link is signed for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..core import Endpoint, EndpointOptions
from .account import Account


class HostKind(StrEnum):
    DEFAULT = "default"
    INTERNAL = "internal"
    ACCELERATE = "accelerate"
    CNAME = "cname"


@dataclass(frozen=True, slots=True)
class HostChoice:
    kind: HostKind
    options: EndpointOptions
    domain: str = ""  # the custom domain, for CNAME

    def resolve(self, region: str) -> Endpoint:
        return self.options.resolve(region)


def host_choices(account: Account, bucket: str) -> list[HostChoice]:
    own, _ = account.options_for_bucket(bucket)  # the bucket's own endpoint, else the profile's
    # http carries over to the region's other hosts. Path-style is about the profile's own host
    # (the demo's loopback address, a proxy): OSS's internal and acceleration hosts, like a
    # custom domain, are addressed with the bucket in the host name.
    choices = [
        HostChoice(HostKind.DEFAULT, own),
        HostChoice(HostKind.INTERNAL, EndpointOptions(internal=True, http=own.http)),
        HostChoice(HostKind.ACCELERATE, EndpointOptions(accelerate=True, http=own.http)),
    ]
    domain = (account.cnames or {}).get(bucket)
    if domain:
        choices.append(HostChoice(HostKind.CNAME, EndpointOptions(endpoint=domain, cname=True, http=own.http), domain))
    return choices
