"""Help ▸ About: the version, the licence, what it runs on and where its files are, with a Copy
button that puts all of it on the clipboard for a bug report."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ... import __version__
from ...services.desktop_entry import APP_ID
from ...services.ledger import default_ledger_path
from ...services.settings import default_settings_path


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ossshare"))
        heading = QLabel(self.tr("ossshare {0}").format(__version__))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        summary = QLabel(
            self.tr(
                "Signed, time-limited download links for Alibaba Cloud OSS objects. "
                "Secrets stay in the system keyring."
            )
        )
        summary.setWordWrap(True)

        form = QFormLayout()
        for label, value in self.facts():
            field = QLabel(value)
            field.setTextFormat(Qt.TextFormat.PlainText)  # paths may hold "<" or "&"
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            form.addRow(label, field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy these details, for a bug report"))
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(icon, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(heading, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def facts(self) -> list[tuple[str, str]]:
        """(label, value) pairs, in the order shown and copied."""
        installed_as = self.tr("bundle") if getattr(sys, "frozen", False) else self.tr("Python package")
        return [
            (self.tr("Version"), __version__),
            (self.tr("License"), self.tr("MIT")),
            (self.tr("Python"), f"{platform.python_version()} ({platform.python_implementation()})"),
            (self.tr("Qt"), qVersion()),
            (self.tr("PySide6"), PySide6.__version__),
            (self.tr("System"), f"{platform.platform()} ({QGuiApplication.platformName()})"),
            (self.tr("Installed as"), installed_as),
            (self.tr("Settings"), str(default_settings_path())),
            (self.tr("Link ledger"), str(default_ledger_path())),
            (self.tr("Logs"), self.tr("standard error (ossshare keeps no log file)")),
            (self.tr("Desktop id"), APP_ID),
        ]

    def report(self) -> str:
        return "\n".join([f"ossshare {__version__}", *(f"{label}: {value}" for label, value in self.facts())])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report())
        self.copy_button.setText(self.tr("Copied"))
