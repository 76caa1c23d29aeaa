"""Any exception, as a person sees it: a title, a message and what they can do about it.

The banner, the dialogs and the message boxes all word errors through `present()`, so one
error reads the same everywhere. Errors of our own carry their title, message and actions;
anything else gets a plain sentence, never a traceback or an exception's repr. A window user
is never told to run a command: the command-line hint of a message is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core import OssShareError
from ..core.errors import Action
from .error_messages import message_of
from .error_titles import title_of
from .i18n import translate

_ENDS_FULL_WIDTH = ("。", "！", "？")
_ENDS_SENTENCE = (".", "!", "?", "…", *_ENDS_FULL_WIDTH)
# Kana, CJK ideographs and full-width forms (a closing "）" included): text in those scripts.
_FULL_WIDTH = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


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
    """The parts as one text, each ended as a sentence: by a full stop and a space, or, after
    Chinese or Japanese text, by 。 with no space (the way those languages run sentences on)."""
    text = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not part.endswith(_ENDS_SENTENCE):
            part += "。" if _FULL_WIDTH.search(part[-1]) else "."
        text += part if not text or text.endswith(_ENDS_FULL_WIDTH) else " " + part
    return text
