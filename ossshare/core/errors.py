"""Errors meant for a person: each has a short title and a message a dialog can show as is."""

from __future__ import annotations


class OssShareError(Exception):
    """Base of every error ossshare raises on purpose."""

    title: str = "Error"

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class ValidationError(OssShareError, ValueError):
    """An input breaks a rule; `field` names the input, the message names the rule."""

    title = "Invalid input"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.rule = message
