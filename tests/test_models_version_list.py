"""VersionListModel: newest first; delete markers shown but not selectable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from ossshare.oss.models import ObjectVersion
from ossshare.ui.models.version_list import VersionListModel

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def version(vid: str, minutes: int, *, latest: bool = False, marker: bool = False) -> ObjectVersion:
    return ObjectVersion(
        "k", vid, latest, marker, T0 + timedelta(minutes=minutes), 0 if marker else 2048, '"e"', "Standard"
    )


def test_versions_newest_first(qtmodeltester):
    model = VersionListModel()
    qtmodeltester.check(model)
    model.set_versions([version("v1", 0), version("v3", 20, latest=True, marker=True), version("v2", 10)])
    assert [model.index(r, VersionListModel.VERSION_ID).data() for r in range(3)] == ["v3", "v2", "v1"]
    assert model.index(0, VersionListModel.STATE).data() == "Delete marker (latest)"
    assert model.index(0, VersionListModel.SIZE).data() == ""
    assert model.index(1, VersionListModel.SIZE).data() in ("2.0 kB", "2 kB", "2.0 KB")
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    model.clear()
    assert model.rowCount() == 0
