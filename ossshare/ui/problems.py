"""Any exception, as a person sees it: a title, a message and what they can do about it.

The banner, the dialogs and the message boxes all word errors through `present()`, so one
error reads the same everywhere. Errors of our own carry their title, message and actions;
anything else gets a plain sentence, never a traceback or an exception's repr. A window user
is never told to run a command: the command-line hint of a message is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core import OssShareError
from ..core.errors import Action
from .error_messages import message_of
from .error_titles import title_of
from .i18n import translate

_ENDS_SENTENCE = (".", "!", "?", "…", "。", "！", "？")


@dataclass(frozen=True)
class Problem:
    title: str
    message: str
    actions: frozenset[Action]

    @property
    def line(self) -> str:
        """Title and message on one line, for a status text or a note."""
        return f"{self.title}: {self.message}"


def present(error: BaseException) -> Problem:
    if isinstance(error, OssShareError):
        return Problem(title_of(error), message_of(error), frozenset(error.actions))
    return Problem(
        translate("Problem", "Unexpected problem"),
        translate(
            "Problem", "Something unexpected went wrong ({0}). Try again; if it keeps happening, please report it."
        ).format(type(error).__name__),
        frozenset({Action.RETRY}),
    )


def sentences(*parts: str) -> str:
    """The parts as one text, each ended as a sentence and separated by a space."""
    ended = []
    for part in (p.strip() for p in parts):
        if part:
            ended.append(part if part.endswith(_ENDS_SENTENCE) else part + ".")
    return " ".join(ended)
