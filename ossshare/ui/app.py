"""The QApplication and its first window. (Placeholder until the main window lands.)"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel(tr("ossshare: the main window is under construction. Use 'ossshare sign' meanwhile."))
    label.setWindowTitle("ossshare")
    label.resize(560, 120)
    label.show()
    return app.exec()
