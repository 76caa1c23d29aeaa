"""The colours of states (error, warning, ok): one place, read from the palette in use.

Each state has a shade for light palettes and one for dark palettes, both chosen to keep text
at 4.5:1 contrast or more against the window colour (WCAG AA). The palette is read when a
style is asked for, so a widget styled after a theme change gets the new shades.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QGuiApplication, QPalette


class State(Enum):
    ERROR = "error"
    WARNING = "warning"
    OK = "ok"


# state: (text on a light window, text on a dark window)
_TEXT = {
    State.ERROR: ("#b3261e", "#ffb4ab"),
    State.WARNING: ("#7a4a00", "#f5c26b"),
    State.OK: ("#1e6b24", "#8fd694"),
}
# A tinted background behind text of the state's colour (the error banner, a table cell).
_FILL = {
    State.ERROR: ("#fdecea", "#3b1412"),
    State.WARNING: ("#fff4e0", "#3a2a0c"),
    State.OK: ("#e6f4e7", "#14301a"),
}


def _palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    return (palette or _palette()).color(QPalette.ColorRole.Window).lightnessF() < 0.5


def text_color(state: State, palette: QPalette | None = None) -> QColor:
    return QColor(_TEXT[state][is_dark(palette)])


def fill_color(state: State, palette: QPalette | None = None) -> QColor:
    return QColor(_FILL[state][is_dark(palette)])


def text_style(state: State | None, *, bold: bool = False) -> str:
    """A style sheet for a label's text in `state` (None: the palette's own text colour)."""
    if state is None:
        return ""
    return f"color: {text_color(state).name()};" + (" font-weight: bold;" if bold else "")


def border_style(state: State = State.ERROR) -> str:
    """A style sheet framing an input in `state` (an input breaking a rule)."""
    return f"border: 1px solid {text_color(state).name()};"


def panel_style(object_name: str, state: State) -> str:
    """A tinted panel with a frame, for a QFrame named `object_name` and its labels."""
    text, fill = text_color(state).name(), fill_color(state).name()
    return (
        f"#{object_name} {{ background: {fill}; border: 1px solid {text}; border-radius: 4px; }}"
        f"#{object_name} QLabel {{ color: {text}; background: transparent; }}"
    )
