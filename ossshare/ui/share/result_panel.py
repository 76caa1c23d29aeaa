"""The live result: the signed URL, the headers it needs, and why there is no link when an
input breaks a rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...core import PresignResult
from ...services.link_hints import Hint
from ..state_colors import State, text_style


class ResultPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = QPlainTextEdit(self)
        self.url.setObjectName("signedUrl")
        self.url.setReadOnly(True)
        self.url.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.url.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.url.setFixedHeight(self.url.fontMetrics().lineSpacing() * 3 + 12)
        self.headers = QLabel(self)
        self.headers.setTextFormat(Qt.TextFormat.PlainText)
        self.headers.setObjectName("signedHeaders")
        self.headers.setWordWrap(True)
        self.header_warning = QLabel(self)
        self.header_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.header_warning.setObjectName("headerWarning")
        self.header_warning.setWordWrap(True)
        self.header_warning.setStyleSheet(text_style(State.WARNING))
        self.hints = QLabel(self)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setObjectName("linkHints")
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet(text_style(State.WARNING))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("signError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(text_style(State.ERROR))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.url)
        layout.addWidget(self.headers)
        layout.addWidget(self.header_warning)
        layout.addWidget(self.hints)
        layout.addWidget(self.error)
        self.show_error("")

    def hint_text(self, hint: Hint) -> str:
        if hint is Hint.DOT_SEGMENTS:
            return self.tr(
                "The key has a '.' or '..' folder in its path: browsers and most download tools "
                "rewrite such a path, so the link fails there (curl --path-as-is works)."
            )
        if hint is Hint.INLINE_ON_OSS_DOMAIN:
            return self.tr(
                "OSS's own domains make browsers download files even when asked to show them: "
                "showing inline needs a custom domain bound to the bucket."
            )
        return self.tr(
            "OSS may refuse to override the content type on its own domains; use Test link to check, "
            "or a custom domain."
        )

    def show_result(self, result: PresignResult, hints: list[Hint] | None = None) -> None:
        self.url.setPlainText(result.url)
        self.error.setText("")
        self.error.setVisible(False)
        if result.signed_headers:
            lines = "\n".join(f"{name}: {value}" for name, value in result.signed_headers.items())
            self.headers.setText(self.tr("Signed headers the recipient must send:\n{0}").format(lines))
            self.header_warning.setText(
                self.tr(
                    "A browser or a phone cannot send these headers, so opening the link there fails. "
                    "Send the curl (or wget, PowerShell, Python) form instead."
                )
            )
        else:
            self.headers.setText("")
            self.header_warning.setText("")
        # Only a link with headers needs words: a plain link works anywhere.
        self.headers.setVisible(bool(result.signed_headers))
        self.header_warning.setVisible(bool(result.signed_headers))
        self.hints.setText("\n".join(self.hint_text(h) for h in hints or []))
        self.hints.setVisible(bool(hints))

    def show_error(self, message: str) -> None:
        self.url.setPlainText("")
        self.headers.setText("")
        self.headers.setVisible(False)
        self.header_warning.setText("")
        self.header_warning.setVisible(False)
        self.hints.setText("")
        self.hints.setVisible(False)
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def link_text(self) -> str:
        return self.url.toPlainText()
