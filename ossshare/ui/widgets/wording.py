"""Small rules of how the window words things."""

from __future__ import annotations


def capitalized(text: str) -> str:
    """A message begins with a capital letter, whatever case the rule or field it quotes starts with."""
    return text[:1].upper() + text[1:]
