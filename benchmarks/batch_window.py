"""The batch dialog, from "Share folder" to the table shown: the 3,000-object demo folder and a
100,000-key sandbox folder (listing + signing + showing), and 10,000 listed objects signed and
shown (the aim: under 1.5 s after listing), and how fast the QR sheet is written.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/batch_window.py
The sandbox runs in a process of its own (its thread would otherwise share our GIL). Each
figure is the median of a few rounds; "shown" means the dialog reported the batch complete
and the table repainted. The ratio to the listing alone says what the window adds.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox
from sandbox_process import sandbox_process

from ossshare.core import Credentials, EndpointOptions, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from ossshare.sandbox.demo import DEMO_BUCKET, DEMO_REGION, MANY_COUNT, MANY_PREFIX, seed_demo
from ossshare.services.account import Account
from ossshare.services.export import LinkRow
from ossshare.services.qr import make_qr
from ossshare.ui.batch.dialog import BatchDialog
from ossshare.ui.batch.qr_sheet import SHEET_MASK, SheetItem, write_sheet
from ossshare.ui.batch.signing import Item

BIG_PREFIX = "big/"
BIG_COUNT = 100_000
SHOWN_COUNT = 10_000
ROUNDS = 3
CREDS = Credentials("LTAI5tBenchWindowKey", "bench-window-secret")


def seed(sb: Sandbox) -> None:
    seed_demo(sb)
    for i in range(BIG_COUNT):
        sb.put_object(DEMO_BUCKET, f"{BIG_PREFIX}{i // 1000:03d}/photo {i:06d}.jpg", b"")


def wait_for(app: QApplication, done: Any, timeout: float = 600.0) -> None:
    end = time.monotonic() + timeout
    while not done():
        app.processEvents()
        for box in app.topLevelWidgets():  # past 10,000 objects the dialog asks: go on
            if isinstance(box, QMessageBox) and box.isVisible():
                box.button(QMessageBox.StandardButton.Yes).click()
        if time.monotonic() > end:
            raise TimeoutError("the batch did not finish")
        time.sleep(0.001)


def shown(app: QApplication, client: OssClient, account: Account, **what: Any) -> tuple[float, int]:
    """Seconds from opening the dialog to the complete table painted, and the rows shown."""
    start = time.perf_counter()
    dialog = BatchDialog(None, client=client, account=account, region=DEMO_REGION, bucket=DEMO_BUCKET, **what)
    dialog.show()
    if "prefix" in what:
        dialog.make_button.click()
    ready: list[int] = []
    dialog.linksReady.connect(ready.append)
    wait_for(app, lambda: bool(ready))
    dialog.table.viewport().repaint()
    elapsed = time.perf_counter() - start
    rows = dialog.model.rowCount()
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    return elapsed, rows


def listed(client: OssClient, prefix: str) -> tuple[float, list[Item]]:
    start = time.perf_counter()
    pages = client.iter_object_pages(DEMO_BUCKET, prefix, "", 1000)
    items: list[Item] = [(o.key, o.size, o.etag) for page in pages for o in page.objects]
    return time.perf_counter() - start, items


def sample_rows(app: QApplication, client: OssClient, account: Account) -> list[LinkRow]:
    """120 real links (ten pages of codes) from the demo folder."""
    dialog = BatchDialog(None, client=client, account=account, region=DEMO_REGION, bucket=DEMO_BUCKET,
                         items=listed(client, MANY_PREFIX)[1][:120])
    ready: list[int] = []
    dialog.linksReady.connect(ready.append)
    wait_for(app, lambda: bool(ready))
    rows = dialog.links()
    dialog.deleteLater()
    return rows


def main() -> None:
    app = QApplication([])
    with sandbox_process(seed, CREDS, DEMO_REGION) as endpoint:
        options = EndpointOptions(endpoint=endpoint)
        account = Account(CREDS, region=DEMO_REGION, endpoint_options=options)
        client = OssClient(CREDS, DEMO_REGION, resolve_endpoint(DEMO_REGION, endpoint=endpoint))
        shown(app, client, account, prefix=MANY_PREFIX)  # warm up imports, fonts and the sandbox's index
        for prefix, count in ((MANY_PREFIX, MANY_COUNT), (BIG_PREFIX, BIG_COUNT)):
            listing = statistics.median(listed(client, prefix)[0] for _ in range(ROUNDS))
            runs = [shown(app, client, account, prefix=prefix) for _ in range(ROUNDS)]
            total = statistics.median(r[0] for r in runs)
            assert all(r[1] == count for r in runs), runs
            print(
                f"Share folder -> table shown {count:>7,} objects: {total:6.2f} s "
                f"(listing alone {listing:5.2f} s; window/listing ratio {total / listing:.2f}x)"
            )
        _, items = listed(client, BIG_PREFIX)
        runs = [shown(app, client, account, items=items[:SHOWN_COUNT]) for _ in range(ROUNDS)]
        t = statistics.median(r[0] for r in runs)
        print(f"{SHOWN_COUNT:,} listed objects signed and shown: {t:.2f} s (aim 1.5 s; aim/actual {1.5 / t:.1f}x)")
        sheet = [SheetItem(r.key, "2026-12-06 12:00:00 UTC", r.result.url) for r in sample_rows(app, client, account)]
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            pages = write_sheet(Path(tmp) / "sheet.pdf", sheet)
            t = time.perf_counter() - start
        start = time.perf_counter()
        for item in sheet[:20]:  # the QR codes alone (segno)
            make_qr(item.link, mask=SHEET_MASK)  # as the sheet makes them
        encode = (time.perf_counter() - start) / 20
        print(
            f"QR sheet: {len(sheet)} codes on {pages} pages in {t:.2f} s = {len(sheet) / t:.0f} codes/s "
            f"(encoding alone {encode * 1000:.0f} ms a code: {encode * len(sheet) / t:.0%} of the time)"
        )
        client.close()


if __name__ == "__main__":
    main()
