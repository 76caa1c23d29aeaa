"""What the window shows fits: names are elided in the middle, the switcher shows its whole
entry, columns have room for what they hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from ossshare.ui import app as app_module
from ossshare.ui import workers
from ossshare.ui.models.object_list import ObjectListModel
from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_browse import BUCKET

pytestmark = OFFSCREEN_NOISE


def test_the_profile_switcher_shows_the_whole_demo_entry(qtbot):
    window = app_module.create_window(demo=True)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.connection is not None and window.buckets.rowCount() == 1, timeout=30000)
    box = window.profile_box
    assert box.currentText() == "Demo (offline sandbox)"
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    assert field.width() >= box.fontMetrics().horizontalAdvance(box.currentText())
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def test_long_unicode_names_are_elided_in_the_middle(browser, sandbox, qtbot):
    w = browser
    name = "非常に長いファイル名の例です_" * 8 + "終わり.txt"
    sandbox.put_object(BUCKET, "long/" + name, b"x")
    w.navigate(BUCKET, "long/")
    qtbot.waitUntil(lambda: w.objects.complete and w.objects.rowCount() == 1)
    index = w.proxy.index(0, ObjectListModel.NAME)
    assert index.data() == name  # the model holds the whole name; the view elides it
    assert w.object_view.textElideMode().name == "ElideMiddle"  # the extension stays visible
    assert w.object_view.horizontalHeader().sectionSize(
        ObjectListModel.NAME
    ) < w.object_view.fontMetrics().horizontalAdvance(name)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"oss://{BUCKET}/long/{name}"  # the whole of it on hover


def test_columns_have_room_for_the_longest_storage_class(qtbot):
    from ossshare.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    view = window.object_view
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    for column, sample in (
        (ObjectListModel.SIZE, "1,023.9 MB"),
        (ObjectListModel.MODIFIED, "2024-01-15 09:30"),
        (ObjectListModel.STORAGE, "DeepColdArchive"),
    ):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(sample) + 12, sample
