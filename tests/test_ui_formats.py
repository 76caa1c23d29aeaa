"""Dates, times and sizes are written as the chosen locale writes them (QLocale's default, which
the Language menu's choice sets at start): the share dialog's expiry and countdown included."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ossshare.ui.i18n import human_size, local_clock, local_time, local_time_seconds, storage_class_name, utc_time
from ossshare.ui.language import install_translators

MOMENT = datetime(2026, 12, 6, 1, 2, 3, tzinfo=UTC)


@pytest.fixture
def zone() -> Iterator[None]:
    """Asia/Shanghai (UTC+8, no daylight saving) as the local zone."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def locale() -> Iterator[type[QLocale]]:
    before = QLocale()
    yield QLocale
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "minutes", "seconds", "clock"),
    [
        ("C", "2026-12-06 09:02", "2026-12-06 09:02:03 CST", "09:02"),
        ("en_US", "12/6/2026 9:02\u202fAM", "12/6/2026 9:02:03\u202fAM CST", "9:02\u202fAM"),  # CLDR's narrow space
        ("ja_JP", "2026/12/06 9:02", "2026/12/06 9:02:03 CST", "9:02"),
        ("zh_CN", "2026/12/6 09:02", "2026/12/6 09:02:03 CST", "09:02"),
        ("zh_TW", "2026/12/6 上午9:02", "2026/12/6 上午9:02:03 CST", "上午9:02"),
    ],
)
def test_times_in_the_locale(
    zone: None, locale: type[QLocale], name: str, minutes: str, seconds: str, clock: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert local_time(MOMENT) == minutes
    assert local_time_seconds(MOMENT) == seconds
    assert local_clock(MOMENT) == clock
    assert local_time(None) == ""


def test_utc_and_sizes_in_the_locale(locale: type[QLocale]) -> None:
    QLocale.setDefault(QLocale("ja_JP"))
    assert utc_time(MOMENT + timedelta(hours=8)) == "2026/12/06 9:02:03"
    QLocale.setDefault(QLocale("de_DE"))  # a decimal comma shows the locale is the one asked
    assert human_size(1536) == "1,5 kB"
    assert human_size(1000) == "1.000 bytes"


@pytest.mark.usefixtures("zone")
def test_share_dialog_expiry_in_the_locale(qtbot, locale: type[QLocale]) -> None:
    from ossshare.services.share import plan_expiry
    from ossshare.ui.share.expiry_widget import ExpiryWidget

    QLocale.setDefault(QLocale("zh_TW"))
    now = datetime(2026, 12, 6, 1, 0, tzinfo=UTC)
    widget = ExpiryWidget(clock=lambda: now)
    qtbot.addWidget(widget)
    plan = plan_expiry(now, duration=timedelta(days=2, hours=3), v4=True)
    widget.show_plan(plan, True)
    assert widget.effective.text() == "2026/12/8 下午12:00:00 CST local · 2026/12/8 上午4:00:00 UTC"
    assert widget.countdown.text() == "Expires in 2 d 3 h 0 min"  # the words come from the catalogue


def test_storage_classes_by_the_console_names(qtbot, tmp_path: Path) -> None:
    assert storage_class_name("IA") == "IA"  # English: OSS's own value, as the API and ossutil show it
    ts = tmp_path / "ossshare_ja.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="ja">'
        "<context><name>StorageClass</name><message><source>ColdArchive</source>"
        "<translation>コールドアーカイブ</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "ossshare_ja.qm")], check=True)
    app = QCoreApplication.instance()
    installed = install_translators(app, QLocale("ja_JP"), tmp_path)
    try:
        assert storage_class_name("ColdArchive") == "コールドアーカイブ"
        assert storage_class_name("SomeNewClass") == "SomeNewClass"  # a class OSS adds later: as sent
    finally:
        for translator in installed:
            app.removeTranslator(translator)
