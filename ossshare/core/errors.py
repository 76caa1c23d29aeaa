"""Errors meant for a person: each has a short title, a message a dialog can show as is, and
what the person can do about it."""

from __future__ import annotations

from enum import Enum


class Action(Enum):
    """What a person can do about an error; the window offers each as a button or a sentence."""

    RETRY = "retry"  # a passing problem: asking again may work
    EDIT_PROFILE = "edit profile"  # the profile's credentials or settings are at fault
    FIX_INPUT = "fix input"  # something typed breaks a rule
    UNLOCK_KEYRING = "unlock keyring"  # then retry


class OssShareError(Exception):
    """Base of every error ossshare raises on purpose. `cli_hint` is a sentence naming a
    command to run: part of `message` (for a terminal), left out of `summary` (for a window)."""

    title: str = "Error"
    actions: tuple[Action, ...] = ()

    def __init__(self, message: str, *, title: str | None = None, cli_hint: str | None = None) -> None:
        full = f"{message} {cli_hint}" if cli_hint else message
        super().__init__(full)
        self.message = full
        self.summary = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class ValidationError(OssShareError, ValueError):
    """An input breaks a rule; `field` names the input, the message names the rule."""

    title = "Invalid input"
    actions = (Action.FIX_INPUT,)

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.rule = message
