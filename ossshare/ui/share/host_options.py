"""The hosts a link can name (no Qt): the profile's endpoint, internal, accelerate, or a
custom domain bound to the bucket. Each resolves to the Endpoint the link is signed for."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ...core import Endpoint, resolve_endpoint
from ...services.account import Account

# Options that choose a host; the rest (http, path_style) carry over where they apply.
_HOST_OPTIONS = ("endpoint", "internal", "accelerate", "dualstack", "cname")
_KNOWN_OPTIONS = frozenset(_HOST_OPTIONS) | {"http", "path_style"}  # resolve_endpoint()'s keywords


class HostKind(StrEnum):
    DEFAULT = "default"
    INTERNAL = "internal"
    ACCELERATE = "accelerate"
    CNAME = "cname"


@dataclass(frozen=True, slots=True)
class HostChoice:
    kind: HostKind
    options: tuple[tuple[str, object], ...]  # resolve_endpoint() keyword arguments
    domain: str = ""  # the custom domain, for CNAME

    def resolve(self, region: str) -> Endpoint:
        return resolve_endpoint(region, **dict(self.options))  # type: ignore[arg-type]


def host_choices(account: Account, bucket: str) -> list[HostChoice]:
    # A profile written by a newer version may hold options this one does not know: skip them.
    own, _ = account.options_for_bucket(bucket)  # the bucket's own endpoint, else the profile's
    profile = {k: v for k, v in own.items() if k in _KNOWN_OPTIONS}
    carried = {k: v for k, v in profile.items() if k not in _HOST_OPTIONS}
    choices = [HostChoice(HostKind.DEFAULT, tuple(sorted(profile.items())))]
    for kind in (HostKind.INTERNAL, HostKind.ACCELERATE):
        opts = {**carried, kind.value: True}
        choices.append(HostChoice(kind, tuple(sorted(opts.items()))))
    domain = (account.cnames or {}).get(bucket)
    if domain:
        opts = {k: v for k, v in carried.items() if k != "path_style"}
        opts.update(endpoint=domain, cname=True)
        choices.append(HostChoice(HostKind.CNAME, tuple(sorted(opts.items())), domain=domain))
    return choices
