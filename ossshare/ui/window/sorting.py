"""Sorting a folder that is still loading.

OSS lists keys in name order, a page at a time, so name ascending is right for whatever has
arrived; any other order (name descending, size, date, class) is only true of the whole
folder — sorting the loaded pages alone put app-01000 first in a 3,000-key folder, then
app-02000 once a page more arrived. So such a sort loads the rest of the folder first, with
its progress and Cancel in the status bar; past LOAD_CAP keys it asks before going on. When
loading stops short (Cancel, the question, an error) the status bar says plainly that the
order covers only the rows loaded so far.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ..widgets.sort_note import SortNote
from .location import Location

if TYPE_CHECKING:
    from ..main_window import MainWindow

LOAD_CAP = 20_000  # keys loaded for a sort without asking (20 pages; seconds on a slow link)


class SortLoader(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._active = False  # loading the rest of the folder for the sort
        self._asked = False  # whether to go past LOAD_CAP in this folder
        self._question: QMessageBox | None = None
        self.note = SortNote()
        self.note.cancelRequested.connect(self.stop)
        window.status.addPermanentWidget(self.note)

    @property
    def loading_all(self) -> bool:
        return self._active

    def sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        self._w.objects.sort(column, order)
        self._restart()

    def location_changed(self, _location: Location) -> None:
        """A new listing: the sort in force needs its whole folder too."""
        self._restart()

    def _restart(self) -> None:
        self._close_question()
        self._active = False
        self.note.clear()
        self.follow()

    def follow(self) -> None:
        """Start, go on with, or end loading the rest, as the sort and the listing stand."""
        objects = self._w.objects
        if objects.sort_order is None or objects.complete or not self._w.controller.location.bucket:
            self._active = False
            self._close_question()
            self.note.clear()
            return
        if not self._active and not self.note.isVisibleTo(self._w.status):
            self._active, self._asked = True, False
        self._go_on()

    def page_arrived(self, _count: int) -> None:
        if self._active or self.note.isVisibleTo(self._w.status):
            self.follow()

    def load_failed(self, _error: BaseException) -> None:
        if self._active:
            self._active = False
            self._say_partial()

    def _go_on(self) -> None:
        objects = self._w.objects
        if not self._active:
            self._say_partial()
            return
        rows = objects.rowCount()
        if rows >= LOAD_CAP and not self._asked:
            self._ask()
            return
        self.note.loading(self.tr("Loading the whole folder to sort it: {0} so far…").format(QLocale().toString(rows)))
        objects.fetchMore()  # no-op while a page is on its way; its arrival comes back here

    def stop(self) -> None:
        """Cancel: the order stays that of the rows loaded so far, and says so."""
        self._active = False
        self._close_question()
        self._say_partial()

    def _say_partial(self) -> None:
        objects = self._w.objects
        if objects.sort_order is None or objects.complete:
            self.note.clear()
            return
        self.note.partial(
            self.tr("Sorted: only the {0} loaded so far (scroll or re-sort to load more)").format(
                QLocale().toString(objects.rowCount())
            )
        )

    def _ask(self) -> None:
        if self._question is not None:
            return
        rows = QLocale().toString(self._w.objects.rowCount())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sort a large folder"),
            self.tr("{0} keys are loaded and the folder holds more. Load all of them to sort it?").format(rows),
            QMessageBox.StandardButton.NoButton,
            self._w,
        )
        load_all = box.addButton(self.tr("Load all"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Sort the loaded ones"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(button is load_all))
        self._question = box
        self.note.loading(self.tr("Waiting: load the whole folder?"))
        box.open()

    def _answered(self, load_all: bool) -> None:
        self._question = None
        if load_all and self._active:
            self._asked = True
            self._go_on()
        else:
            self.stop()

    def _close_question(self) -> None:
        question, self._question = self._question, None
        if question is not None:
            question.close()
