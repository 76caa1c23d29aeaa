"""The key listing: a flat table styled as a file list, with file-manager keys (Enter opens,
Backspace goes up).

A QTableView, not a QTreeView: QTreeView asks a lazy model for more rows right after every
insertion until everything is loaded, which defeats paging; QTableView fetches only when the
last row comes into view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

NAME_SHARE = 0.4  # of a narrow list's width, kept for the name column
COLUMN_FLOOR = 48  # px: a column narrower than this shows only an ellipsis


def viewport_width(view: QAbstractScrollArea) -> int:
    """The width of `view`'s viewport, from the view's own geometry. Asking for viewport()
    itself hands Python a widget PySide did not create, and finding its type the first time
    builds every QWidget subclass (16 ms, paid in resize events before the first paint)."""
    bar = view.verticalScrollBar()
    return view.contentsRect().width() - (bar.sizeHint().width() if bar.isVisibleTo(view) else 0)


class ObjectView(QTableView):
    openRequested = Signal(QModelIndex)  # Enter/Return or double-click on a row
    upRequested = Signal()  # Backspace
    escapePressed = Signal()  # Escape in the list: the owner clears a filter
    backRequested = Signal()  # the mouse's back button
    forwardRequested = Signal()  # the mouse's forward button
    sortChanged = Signal(int, Qt.SortOrder)  # header clicks; the owner decides how to sort

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectView")
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setAlternatingRowColors(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 100,000 rows, none measured
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Rows are selected whole, so Tab moving between cells only traps the keyboard here;
        # in a file list Tab moves on to the next pane.
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(False)
        header.sortIndicatorChanged.connect(self.sortChanged)
        self.doubleClicked.connect(self.openRequested)
        self._widths: dict[int, int] = {}  # the columns' widths with room to spare

    def set_default_widths(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Room for what the columns hold in this font: a size ("1,023.9 MB"), a local time
        # ("2024-01-15 09:30") and the longest storage class ("DeepColdArchive").
        metrics, pad = self.fontMetrics(), 3 * self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        for column, sample, least in ((1, "1,023.9 MB", 90), (2, "2024-01-15 09:30", 140), (3, "DeepColdArchive", 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._widths[column] = max(least, metrics.horizontalAdvance(sample) + pad)
            header.resizeSection(column, self._widths[column])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's naming
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        """In a narrow list the size, date and class columns give way (to a floor) so the name
        keeps NAME_SHARE of the width instead of shrinking to nothing; wide, they are as set."""
        if not self._widths:
            return
        header = self.horizontalHeader()
        room = viewport_width(self) * (1 - NAME_SHARE)
        wanted = sum(self._widths.values())
        scale = min(1.0, room / wanted) if wanted else 1.0
        for column, width in self._widths.items():
            if scale < 1.0 or header.sectionSize(column) < width:
                header.resizeSection(column, max(COLUMN_FLOOR, int(width * scale)))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's naming
        # Back and forward move between folders, as in file managers, and select nothing.
        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)
            return
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods & ~Qt.KeyboardModifier.KeypadModifier:
            current = self.currentIndex()
            if current.isValid():
                self.openRequested.emit(current)
            event.accept()
            return
        if key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier:
            # The other keyboard way to a context menu; X11 sends one only for the Menu key.
            self.event(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(), self.mapToGlobal(QPoint())))
            event.accept()
            return
        if key == Qt.Key.Key_Escape and not mods:
            self.escapePressed.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Backspace and not mods:
            self.upRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.currentIndex().isValid():
            # Sorting may already have carried the cursor to the first/last row while it sat
            # off screen; Qt then skips the scroll, and End would neither show it nor reach
            # the bottom that asks for the next page.
            self.scrollTo(self.currentIndex())

    def event(self, event: QEvent) -> bool:
        # The Menu key (or Shift+F10) reaches the view itself, with a position in the view's
        # coordinates rather than the viewport's: taken as is, it points a header's height
        # lower, so the menu would act on the row below the current one (or none, on the last).
        if isinstance(event, QContextMenuEvent) and event.reason() == QContextMenuEvent.Reason.Keyboard:
            current = self.currentIndex()
            if current.isValid():
                self.scrollTo(current)
                self.customContextMenuRequested.emit(self.visualRect(current).center())
            event.accept()
            return True
        return super().event(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        # A table's Home/End go to the first/last *column*; in a list of files they go to the
        # first/last row, as Ctrl+Home/End do. (Shift still extends: the selection reads the
        # key event's own modifiers.)
        if action in (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def header(self) -> QHeaderView:
        """The column header (QTreeView's name for it, used by the window)."""
        return self.horizontalHeader()
