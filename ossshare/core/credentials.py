"""The credentials a signature is made with. Secrets never appear in repr()."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Credentials:
    access_key_id: str
    access_key_secret: str = field(repr=False)
    security_token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from .validation import check_credentials

        check_credentials(self.access_key_id, self.access_key_secret, self.security_token)
