"""Marking an input as wrong: a red frame plus a tooltip holding the rule it breaks."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..state_colors import border_style

INVALID_PROPERTY = "invalid"


def mark(widget: QWidget, rule: str | None) -> None:
    """Mark `widget` with `rule` (a person-readable sentence), or clear the mark with None."""
    invalid = rule is not None
    if bool(widget.property(INVALID_PROPERTY)) == invalid and widget.toolTip() == (rule or ""):
        return
    widget.setProperty(INVALID_PROPERTY, invalid)
    widget.setStyleSheet(border_style() if invalid else "")
    widget.setToolTip(rule or "")


def is_marked(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))
