"""What a batch becomes: Copy all (plain, Markdown, HTML, CSV), Save as in every export format,
and the QR sheet — each parsed back with a standard parser and holding exactly the links."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.fixtures.sandbox import SANDBOX_OBJECTS
from tests.test_share_support import decode_qimage
from tests.test_ui_batch import _close_dialogs, finish, open_batch  # noqa: F401 - the fixture closes dialogs

pytestmark = OFFSCREEN_NOISE


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs += [v for k, v in attrs if k == "href" and v]


def links_in(fmt: str, text: str) -> list[str]:
    """The URLs a document holds, read with the parser its format calls for."""
    if fmt == "url":
        return text.splitlines()
    if fmt in ("csv", "tsv"):
        return [r["url"] for r in csv.DictReader(io.StringIO(text), dialect="excel-tab" if fmt == "tsv" else "excel")]
    if fmt == "json":
        return [r["url"] for r in json.loads(text)]
    if fmt == "jsonl":
        return [json.loads(line)["url"] for line in text.splitlines()]
    if fmt == "html":
        parser = _Anchors()
        parser.feed(text)
        return parser.hrefs
    assert fmt == "markdown"
    rows = [line for line in text.splitlines() if line.startswith("| ")][2:]  # past the head and its rule
    return [row.rsplit("|", 2)[1].strip().strip("<>") for row in rows]


@pytest.fixture
def batch(qtbot: Any, sandbox: Any, sandbox_credentials: Any) -> Any:
    items = [(key, len(body), None) for key, body in SANDBOX_OBJECTS.items()]
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("fmt", ["url", "markdown", "html", "csv"])
def test_copy_all(qtbot, batch, fmt):
    from PySide6.QtGui import QGuiApplication

    with qtbot.waitSignal(batch.outputDone, timeout=10000) as done:
        batch.copy_all(fmt)
    assert done.args == [f"copy:{fmt}"]
    urls = [r.result.url for r in batch.links()]
    assert links_in(fmt, QGuiApplication.clipboard().text()) == urls


def test_save_as_every_format(qtbot, batch, tmp_path):
    from ossshare.services.export import FORMATS

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    urls = [r.result.url for r in batch.links()]
    for fmt in FORMATS:
        path = tmp_path / f"links-{fmt}"
        with qtbot.waitSignal(batch.outputDone, timeout=10000):
            batch.save_to(str(path), fmt)
        assert links_in(fmt, path.read_text(encoding="utf-8")) == urls, fmt
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"links-{f}" for f in FORMATS)  # no .part left


def test_links_are_handed_out_once_per_batch(qtbot, batch, tmp_path):
    given = []
    batch.givenOut.connect(lambda spec, rows: given.append((spec, rows)))
    for fmt in ("url", "csv"):
        with qtbot.waitSignal(batch.outputDone, timeout=10000):
            batch.copy_all(fmt)
    with qtbot.waitSignal(batch.outputDone, timeout=10000):
        batch.save_to(str(tmp_path / "x.html"), "html")
    assert len(given) == 1
    spec, rows = given[0]
    assert [r.key for r in rows] == list(SANDBOX_OBJECTS)
    assert spec.expiration == rows[0].result.expiration and spec.request.bucket == "test-bucket"


def _render_pdf(path: Path, out: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(path), str(out / "page")], check=True, timeout=120)
    return sorted(out.glob("page-*.png"))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils, in scripts/bootstrap.sh)")
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_qr_sheet_pdf_pages_decode_to_every_link(qtbot, sandbox, sandbox_credentials, tmp_path, page_size):
    from PySide6.QtGui import QImage

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for i in range(20):  # 26 links: three pages of 12
        sandbox.put_object("test-bucket", f"sheet/{i:02d} 名前.txt", b"x")
    items = [(key, len(body), None) for key, body in SANDBOX_OBJECTS.items()]
    items += [(f"sheet/{i:02d} 名前.txt", 1, None) for i in range(20)]
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData(page_size))
    pdf = tmp_path / "sheet.pdf"
    with qtbot.waitSignal(dialog.outputDone, timeout=60000):
        dialog.write_qr_sheet(str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    pages = _render_pdf(pdf, tmp_path)
    assert len(pages) == 3
    found: list[str] = []
    for png in pages:
        image = QImage(str(png))
        # The page is the paper size asked for (150 dpi: A4 1240x1754, Letter 1275x1650).
        assert (image.width(), image.height()) in ((1240, 1754), (1240, 1755), (1275, 1650))
        found += decode_qimage(image)
    assert sorted(found) == sorted(r.result.url for r in dialog.links())


def test_qr_sheet_painting_on_an_image_decodes(qtbot):
    """The same painting code on a QImage (what a system without a PDF renderer can check)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from ossshare.ui.batch.qr_sheet import PER_PAGE, SheetItem, paint_page

    links = [f"https://b.oss-cn-hangzhou.aliyuncs.com/k{i}?x-oss-signature={i:064x}" for i in range(PER_PAGE)]
    items = [SheetItem(f"k{i}", "2026-12-06 12:00:00 UTC", link) for i, link in enumerate(links)]
    dpm = round(150 / 0.0254)
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)  # A4 at 150 dpi
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    margin = 12 / 25.4 * 150
    paint_page(painter, QRectF(margin, margin, 1240 - 2 * margin, 1754 - 2 * margin), items, page=1, pages=1)
    painter.end()
    assert sorted(decode_qimage(image)) == sorted(links)


def test_cancelled_qr_sheet_leaves_no_file(qtbot, sandbox, sandbox_credentials, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    items = [(key, len(body), None) for key, body in SANDBOX_OBJECTS.items()] * 30  # 180 links, 15 pages
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    dialog.write_qr_sheet(str(tmp_path / "sheet.pdf"))
    qtbot.waitUntil(lambda: "page" in dialog.progress.text(), timeout=30000)
    dialog.cancel()
    assert "nothing was written" in dialog.progress.text()
    qtbot.wait(3000)  # the page being drawn ends the work
    assert list(tmp_path.iterdir()) == []


def test_save_as_asks_for_a_file_and_its_extension_picks_the_format(qtbot, batch, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    batch.table.setFocus()
    qtbot.keyClick(batch.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S: Save as…
    qtbot.waitUntil(lambda: any(d.isVisible() for d in batch.findChildren(QFileDialog)))
    prompt = next(d for d in batch.findChildren(QFileDialog) if d.isVisible())
    target = tmp_path / "links.jsonl"
    prompt.selectFile(str(target))
    with qtbot.waitSignal(batch.outputDone, timeout=10000):
        prompt.accept()
    assert links_in("jsonl", target.read_text(encoding="utf-8")) == [r.result.url for r in batch.links()]


def test_ctrl_c_in_the_table_copies_every_link(qtbot, batch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    batch.table.setFocus()
    with qtbot.waitSignal(batch.outputDone, timeout=10000):
        qtbot.keyClick(batch.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines() == [r.result.url for r in batch.links()]
