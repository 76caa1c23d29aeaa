"""In the window, a key with control or bidi characters, or one that looks like markup, is
shown as text with those characters escaped (core.visible); the key itself is unchanged for
selection and signing."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ossshare.oss.models import ObjectEntry
from ossshare.ui.models.object_list import ObjectListModel
from ossshare.ui.models.roles import KEY_ROLE
from ossshare.ui.widgets.details_pane import DetailsPane
from tests.fixtures.qt import sandbox_connection

BUCKET = "odd-keys"
KEYS = {
    "odd/\x1b[2Jcleared.txt": "\\x1b[2Jcleared.txt",
    "odd/two\nlines.txt": "two\\x0alines.txt",
    "odd/invoice\u202egpj.exe": "invoice\\u202egpj.exe",
    "odd/<img src='x'>.txt": "<img src='x'>.txt",
    "odd/back\\slash.txt": "back\\\\slash.txt",
    "odd/年报.pdf": "年报.pdf",
}


def test_listing_shows_keys_escaped_and_keeps_them_whole(qtbot, sandbox, sandbox_credentials):
    sandbox.create_bucket(BUCKET)
    for key in KEYS:
        sandbox.put_object(BUCKET, key, b"x")
    model = ObjectListModel()
    model.open(sandbox_connection(sandbox, sandbox_credentials).client, BUCKET, "odd/")
    qtbot.waitUntil(lambda: model.complete)
    rows = {model.index(r, 0).data(KEY_ROLE): model.index(r, 0) for r in range(model.rowCount())}
    assert set(rows) == set(KEYS)  # the keys themselves, byte for byte
    for key, shown in KEYS.items():
        assert rows[key].data(Qt.ItemDataRole.DisplayRole) == shown
    tip = rows["odd/<img src='x'>.txt"].data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=&#x27;x&#x27;&gt;" in tip and "<img" not in tip
    assert "\\u202e" in rows["odd/invoice\u202egpj.exe"].data(Qt.ItemDataRole.ToolTipRole)


def test_details_pane_shows_the_key_as_plain_escaped_text(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    when = datetime(2026, 1, 2, tzinfo=UTC)
    pane.show_entry(BUCKET, ObjectEntry("odd/<b>bold\x1b\u202e.txt", 1, when, '"e"', "<i>Standard</i>"))
    labels = [label for label in pane.findChildren(QLabel) if label.text()]
    texts = {label.text() for label in labels}
    assert "<b>bold\\x1b\\u202e.txt" in texts
    assert f"oss://{BUCKET}/odd/<b>bold\\x1b\\u202e.txt" in texts
    assert "<i>Standard</i>" in texts
    for label in labels:
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
