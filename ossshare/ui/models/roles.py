"""Custom item data roles shared by the models and their views."""

from __future__ import annotations

from PySide6.QtCore import Qt

KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the full object key or folder prefix
IS_FOLDER_ROLE = Qt.ItemDataRole.UserRole + 3
RECORD_ROLE = Qt.ItemDataRole.UserRole + 4  # the record behind the row (ObjectEntry, BucketInfo, ...)
