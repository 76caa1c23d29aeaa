"""The key listing: a flat tree view with file-manager keys (Enter opens, Backspace goes up)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget


class ObjectView(QTreeView):
    openRequested = Signal(QModelIndex)  # Enter/Return or double-click on a row
    upRequested = Signal()  # Backspace
    sortChanged = Signal(int, Qt.SortOrder)  # header clicks; the owner decides how to sort

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectView")
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)  # lets the view lay out 100,000 rows without measuring each
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAllColumnsShowFocus(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.header()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self.sortChanged)
        self.doubleClicked.connect(self.openRequested)

    def set_default_widths(self) -> None:
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 90), (2, 140), (3, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            current = self.currentIndex()
            if current.isValid():
                self.openRequested.emit(current)
            event.accept()
            return
        if key == Qt.Key.Key_Backspace and not mods:
            self.upRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
