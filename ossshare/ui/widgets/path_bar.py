"""Where the listing is: clickable breadcrumbs, or (Ctrl+L) an editable oss:// path."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QToolButton, QWidget

from ..i18n import translate
from .link_places import LinkHosts, Unreadable, read_link


def split_location(text: str, current_bucket: str, hosts: LinkHosts | None = None) -> tuple[str, str] | None:
    """'oss://b/p', 'b/p', '/p' (in the current bucket) or a pasted link (any form ossshare
    makes, see link_places) -> (bucket, path as typed); None for nothing typed. Raises
    Unreadable, saying why, for what names no place."""
    text = text.strip()
    if not text:
        return None
    if text.lower().startswith(("http://", "https://")):
        return read_link(text, hosts or LinkHosts())
    if "://" in text and not text.startswith("oss://"):
        raise Unreadable(translate("PathBar", "Only oss:// paths and http(s) links to objects can be opened."))
    if text.startswith("oss://"):
        text = text[len("oss://") :]
    elif text.startswith("/"):
        if not current_bucket:
            raise Unreadable(translate("PathBar", "Choose a bucket first, or type oss://bucket/folder/."))
        text = current_bucket + text
    bucket, _, path = text.partition("/")
    if not bucket:
        raise Unreadable(translate("PathBar", "This path names no bucket: type oss://bucket/folder/."))
    return bucket, path


class PathBar(QStackedWidget):
    navigateRequested = Signal(str, str)  # bucket, prefix
    # bucket, path without a trailing slash: an object key (as "Copy oss:// path" gives) or a
    # folder typed without its slash; only a listing can tell which.
    pathRequested = Signal(str, str)
    editDone = Signal()  # Enter or Escape in the path field: the keyboard goes back to the list
    refused = Signal(str)  # why what was typed or pasted names no place (the field stays open)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bucket, self._prefix = "", ""
        self.hosts = LinkHosts()  # the profile in use's hosts, for reading pasted links
        self._crumbs = QFrame()
        self._crumbs.setObjectName("breadcrumbs")
        self._crumbs.setFrameShape(QFrame.Shape.StyledPanel)
        self._crumbs.setCursor(Qt.CursorShape.IBeamCursor)
        self._crumbs.setToolTip(self.tr("Click empty space or press Ctrl+L to type a path"))
        self._row = QHBoxLayout(self._crumbs)
        self._row.setContentsMargins(4, 0, 4, 0)
        self._row.setSpacing(0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("oss://bucket/folder/ or a link to an object"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self._commit)
        self.edit.installEventFilter(self)
        self.addWidget(self._crumbs)
        self.addWidget(self.edit)
        self._crumbs.installEventFilter(self)
        self._rebuild()

    @property
    def location_text(self) -> str:
        return f"oss://{self._bucket}/{self._prefix}" if self._bucket else ""

    @property
    def editing(self) -> bool:
        return self.currentWidget() is self.edit

    def set_location(self, bucket: str, prefix: str) -> None:
        self._bucket, self._prefix = bucket, prefix
        self._rebuild()
        if self.editing:
            self.edit.setText(self.location_text)

    def begin_edit(self) -> None:
        self.edit.setText(self.location_text)
        self.setCurrentWidget(self.edit)
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def cancel_edit(self) -> None:
        self.setCurrentWidget(self._crumbs)

    def crumb_texts(self) -> list[str]:
        return [b.text().replace("&&", "&") for b in self._crumbs.findChildren(QToolButton)]

    def _commit(self) -> None:
        try:
            target = split_location(self.edit.text(), self._bucket, self.hosts)
        except Unreadable as why:
            self.edit.selectAll()  # not a place we can go: leave it to be corrected
            self.refused.emit(str(why))
            return
        self.cancel_edit()
        self.editDone.emit()
        if target is None:
            return
        bucket, path = target
        if path and not path.endswith("/"):
            self.pathRequested.emit(bucket, path)
        else:
            self.navigateRequested.emit(bucket, path)

    def _rebuild(self) -> None:
        while self._row.count():
            item = self._row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not at the next deferred delete
                widget.deleteLater()
        if not self._bucket:
            hint = QLabel(self.tr("Choose a bucket"))
            hint.setEnabled(False)
            self._row.addWidget(hint)
        else:
            parts = [p for p in self._prefix.split("/") if p]
            self._add_crumb(self._bucket, "", bold=not parts)
            for i, part in enumerate(parts):
                sep = QLabel("›")
                sep.setEnabled(False)
                self._row.addWidget(sep)
                self._add_crumb(part, "/".join(parts[: i + 1]) + "/", bold=i == len(parts) - 1)
        self._row.addStretch(1)

    def _add_crumb(self, text: str, prefix: str, *, bold: bool) -> None:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setText(text.replace("&", "&&"))  # not a mnemonic
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        # Rebuilt on every move, so they would land at the end of the window's Tab chain;
        # the keyboard reaches the path through Ctrl+L instead.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if bold:
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        button.clicked.connect(lambda: self.navigateRequested.emit(self._bucket, prefix))
        self._row.addWidget(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._crumbs and event.type() == QEvent.Type.MouseButtonPress:
            self.begin_edit()
            return True
        if watched is self.edit:
            escape = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape
            if event.type() == QEvent.Type.KeyPress and escape:
                self.cancel_edit()
                self.editDone.emit()
                return True
            if event.type() == QEvent.Type.FocusOut:
                self.cancel_edit()
        return super().eventFilter(watched, event)
