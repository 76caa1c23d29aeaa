"""The command line's parser: no abbreviated options, and every usage error one line that
never repeats a value typed after a secret-like option name."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Sequence
from typing import Any, NoReturn

from ..core.visible import clip
from .failure import CliError

# Option names whose value may be a credential: such a value is never repeated back.
_SECRET_LIKE_RE = re.compile(r"(?i)secret|token|passw|credential|signature|key")
# A Python string literal, as argparse quotes values with %r.
_LITERAL_RE = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*\"""")
_ARGUMENT_RE = re.compile(r"argument (?P<name>[^:]+): ")
_INVALID_CHOICE_RE = re.compile(r"(?s)(argument [^:]+): invalid choice: .* \(choose from (.*)\)")


class UsageError(CliError):
    """A command line argparse cannot make sense of."""


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser that takes no abbreviations (`--secret X` must not be read as
    `--secret-stdin`) and raises UsageError instead of printing usage and exiting; its
    subparsers are of the same class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{tidy_message(message)} (see '{self.prog} --help')")


def is_secret_like(option: str) -> bool:
    return bool(_SECRET_LIKE_RE.search(option))


def tidy_message(message: str) -> str:
    """argparse's message on one line: a rejected choice is not repeated (it may be a secret
    that slid into a positional), values after secret-like names are hidden, others clipped."""
    choice = _INVALID_CHOICE_RE.fullmatch(message)
    if choice:
        return f"{choice.group(1)}: invalid choice (choose from {choice.group(2)})"
    argument = _ARGUMENT_RE.match(message)
    hide = argument is not None and is_secret_like(argument.group("name"))

    def literal(match: re.Match[str]) -> str:
        if hide:
            return "(value not shown)"
        try:
            value = ast.literal_eval(match.group())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return match.group()
        return f"'{clip(str(value), 60)}'"

    return " ".join(_LITERAL_RE.sub(literal, message).split())


def unrecognised(extras: Sequence[str]) -> str:
    """Names the arguments argparse left over. A token after an unknown option may be that
    option's value (`--secret X`), so it is never shown; of `--name=value` only the name is."""
    names: list[str] = []
    after_option = False
    for token in extras:
        if token.startswith("-") and len(token) > 1:
            names.append(token.split("=", 1)[0] if token.startswith("--") else token[:2])
            after_option = True
        elif after_option:
            after_option = False
        else:
            names.append(f"'{clip(token, 40)}'")
    noun = "argument" if len(names) == 1 else "arguments"
    return f"unrecognised {noun}: {', '.join(clip(name, 40) for name in names)}"
