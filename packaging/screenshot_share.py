"""Screenshot of the share dialog with its QR code, for the README.

Run under a real X server (Xvfb is enough):
    xvfb-run -a -s "-screen 0 1400x1000x24" python packaging/screenshot_share.py docs/screenshots/share-dialog.png

It starts the sandbox on loopback with a demo credential (not a real key), opens the dialog
on a versioned object, runs "Test link", and saves the dialog's picture.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from ossshare.services.account import Account
from ossshare.ui.share.dialog import ShareDialog

BUCKET = "demo-bucket"
KEY = "reports/2026/季度报告 Q3.pdf"


def _wait(signal: object, ms: int = 10000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: str) -> int:
    app = QApplication(sys.argv[:1])
    credentials = Credentials("LTAI5tDemoOnlyKeyId", "DemoOnlySecretNotReal0123456789")
    with tempfile.TemporaryDirectory() as tmp, Sandbox(Path(tmp), credentials) as sandbox:
        sandbox.create_bucket(BUCKET)
        for body in (b"%PDF-1.7 draft", b"%PDF-1.7 review", b"%PDF-1.7 final"):
            sandbox.put_object(BUCKET, KEY, body, content_type="application/pdf")
        options = {"endpoint": sandbox.endpoint, "http": True}
        account = Account(credentials, region=sandbox.region, endpoint_options=options, profile_name="demo")
        client = OssClient(credentials, sandbox.region, resolve_endpoint(sandbox.region, **options))
        dialog = ShareDialog(None, client=client, account=account, region=sandbox.region, bucket=BUCKET, key=KEY)
        dialog.open()
        _wait(dialog.versions_loaded)
        dialog.expiry.preset.setCurrentIndex(1)  # 1 hour
        dialog.overrides.disposition.setCurrentIndex(1)  # attachment, with the Unicode file name
        dialog.resize(1180, 860)
        dialog.tester.button.click()
        _wait(dialog.tester.finished)
        dialog.qr.flush()  # the code follows the last change once typing pauses; do not wait for it
        app.processEvents()
        ok = dialog.grab().save(out)
        dialog.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "share-dialog.png"))
