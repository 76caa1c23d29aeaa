"""Screenshots of the share dialog with its QR code: for the README, and to look at the
dialog on a small screen, at display scale 2 and with a dark palette.

Run under a real X server (Xvfb is enough), one screen size per run:
    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshot_share.py docs/screenshots/share-dialog.png
    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshot_share.py --scale 2 --screen share-x2.png
    xvfb-run -a -s "-screen 0 1280x720x24" python packaging/screenshot_share.py --dark --options --screen dark.png

--scale N sets Qt's display scale, --dark a dark palette, --options unfolds Options, and
--screen saves the whole screen (to see the dialog's fit) rather than the dialog alone, and
--lang ja (zh_CN, zh_TW, en) shows it in that language, as the Language menu's choice does.
It starts the sandbox on loopback with a demo credential (not a real key), opens the dialog
on a versioned object, runs "Test link", and saves the picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

BUCKET = "demo-bucket"
KEY = "reports/2026/季度报告 Q3.pdf"


def _wait(signal: object, ms: int = 10000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _dark(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fb4",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", default="share-dialog.png")
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR for this run, e.g. 2")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--options", action="store_true", help="unfold Options")
    parser.add_argument("--screen", action="store_true", help="save the whole screen")
    parser.add_argument("--lang", default="", help="the Language menu's choice: ja, zh_CN, zh_TW or en")
    args = parser.parse_args(argv)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale  # read when the application starts

    from ossshare.core import Credentials, EndpointOptions
    from ossshare.oss.client import OssClient
    from ossshare.sandbox import Sandbox
    from ossshare.services.account import Account
    from ossshare.ui.language import apply_language
    from ossshare.ui.share import share_prefs
    from ossshare.ui.share.dialog import ShareDialog

    app = QApplication(sys.argv[:1])
    if args.lang:
        apply_language(app, args.lang)
    if args.dark:
        _dark(app)
    credentials = Credentials("LTAI5tDemoOnlyKeyId", "DemoOnlySecretNotReal0123456789")
    with tempfile.TemporaryDirectory() as tmp, Sandbox(Path(tmp), credentials) as sandbox:
        os.environ["XDG_STATE_HOME"] = tmp  # the fold's memory stays out of the real home
        share_prefs.set_options_open(args.options)
        sandbox.create_bucket(BUCKET)
        for body in (b"%PDF-1.7 draft", b"%PDF-1.7 review", b"%PDF-1.7 final"):
            sandbox.put_object(BUCKET, KEY, body, content_type="application/pdf")
        options = EndpointOptions(endpoint=sandbox.endpoint, http=True)
        account = Account(credentials, region=sandbox.region, endpoint_options=options, profile_name="demo")
        client = OssClient(credentials, sandbox.region, options.resolve(sandbox.region))
        dialog = ShareDialog(None, client=client, account=account, region=sandbox.region, bucket=BUCKET, key=KEY)
        dialog.show()
        _wait(dialog.versions_loaded)
        dialog.expiry.preset.setCurrentIndex(4)  # 7 days
        dialog.overrides.disposition.setCurrentIndex(1)  # attachment, with the Unicode file name
        dialog.tester.button.click()
        _wait(dialog.tester.finished)
        dialog.qr.flush()  # the code follows the last change once typing pauses; do not wait for it
        app.processEvents()
        screen = dialog.screen()
        picture = screen.grabWindow(0) if args.screen else dialog.grab()
        ok = picture.save(args.out)
        dialog.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
