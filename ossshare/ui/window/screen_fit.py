"""Keeping a window on its screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, available: QRect, preferred: QSize) -> None:
    """Size `window` to `preferred` or, on a smaller screen, to the screen, and keep it
    (title bar included) on the screen: a restored geometry from a larger monitor or scale
    would otherwise open partly off it."""
    frame = window.frameGeometry().size() - window.geometry().size()
    most = QSize(available.width() - frame.width(), available.height() - frame.height())
    window.resize(preferred.boundedTo(most).expandedTo(window.minimumSizeHint().boundedTo(most)))
    rect = window.frameGeometry()
    x = min(max(rect.x(), available.x()), available.right() + 1 - rect.width())
    y = min(max(rect.y(), available.y()), available.bottom() + 1 - rect.height())
    window.move(max(x, available.x()), max(y, available.y()))
